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

/** One question page: its identity is {@link #url}; everything is rendered at import. */
@Entity
public class Question {

    // Column sizes of the schema (V1__content_schema.sql); the import fits texts to them.
    /** Titles, descriptions, keywords. */
    public static final int TEXT_LENGTH = 4000;
    /** The question as asked. */
    public static final int QUESTION_LENGTH = 100_000;
    /** Names: the subject's as a file spells it, the author's. */
    public static final int NAME_LENGTH = 500;
    /** Short labels: the formatted date, the text before it. */
    public static final int LABEL_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_seq")
    @SequenceGenerator(name = "question_seq", sequenceName = "question_seq", allocationSize = 50)
    public Long id;

    /** {@code /learn/<subject-slug>/questions/<slug>} ({@link SitePaths#question}), as written in the file. */
    public String url;

    /** Named like the join column below, so that Hibernate sees one column, written through this field. */
    @Column(name = "subject_id")
    public Long subjectId;

    /** Read-only view of {@link #subjectId}. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", insertable = false, updatable = false)
    public Subject subject;

    public String slug;

    /** The subject's name as this file spells it (the subject shows the most common spelling). */
    public String subjectName;

    /** Path of the source file, relative to the content folder. */
    public String sourcePath;

    /** The export's {@code id}: data only, not unique, never used to identify anything. */
    public Long exportId;

    public String title;

    public String articleTitle;

    public String questionText;

    public String seoTitle;

    public String description;

    public String keywords;

    public String author;

    public LocalDate published;

    /** {@link #published} formatted with the file's {@code date_format}. */
    public String publishedText;

    public String postOnText;

    public Double score;

    public boolean noIndex;

    /** The answer has formulas, so its page loads the math typesetter. */
    public boolean hasMath;

    /** How long the answer takes to read. */
    public int readingMinutes;

    /** Another question has the same title: the page's title adds the subject. */
    @Column(insertable = false, updatable = false)
    public boolean titleShared;

    /** Another question has the same description: the page's description adds the title. */
    @Column(insertable = false, updatable = false)
    public boolean descriptionShared;

    public Instant updatedAt;
}
