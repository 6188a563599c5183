package com.quicktakes.catalog;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One question page: its identity is {@link #url}; everything is rendered at import. */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_seq")
    @SequenceGenerator(name = "question_seq", sequenceName = "question_seq", allocationSize = 50)
    public Long id;

    /** {@code /learn/<subject-slug>/questions/<slug>}, as written in the file. */
    public String url;

    @Column(name = "subject_id")
    public Long subjectId;

    /** Read-only view of {@link #subjectId}. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", insertable = false, updatable = false)
    public Subject subject;

    public String slug;

    /** The subject's name as this file spells it (the subject shows the most common spelling). */
    @Column(name = "subject_name")
    public String subjectName;

    /** Path of the source file, relative to the content folder. */
    @Column(name = "source_path")
    public String sourcePath;

    /** The export's {@code id}: data only, not unique, never used to identify anything. */
    @Column(name = "export_id")
    public Long exportId;

    public String title;

    @Column(name = "article_title")
    public String articleTitle;

    @Column(name = "question_text")
    public String questionText;

    @Column(name = "seo_title")
    public String seoTitle;

    public String description;

    public String keywords;

    public String author;

    public LocalDate published;

    /** {@link #published} formatted with the file's {@code date_format}. */
    @Column(name = "published_text")
    public String publishedText;

    @Column(name = "post_on_text")
    public String postOnText;

    public Double score;

    @Column(name = "no_index")
    public boolean noIndex;

    /** The answer has formulas, so its page loads the math typesetter. */
    @Column(name = "has_math")
    public boolean hasMath;

    /** How long the answer takes to read. */
    @Column(name = "reading_minutes")
    public int readingMinutes;

    /** Another question has the same title: the page's title adds the subject. */
    @Column(name = "title_shared", insertable = false, updatable = false)
    public boolean titleShared;

    /** Another question has the same description: the page's description adds the title. */
    @Column(name = "description_shared", insertable = false, updatable = false)
    public boolean descriptionShared;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
