package com.quicktakes.catalog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A subject: one per url slug, whatever spellings of its name the files use. */
@Entity
public class Subject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subject_seq")
    @SequenceGenerator(name = "subject_seq", sequenceName = "subject_seq", allocationSize = 50)
    public Long id;

    public String slug;

    /** The most common spelling of the name among the subject's questions. */
    public String name;

    /** Questions shown in listings; {@code no_index} ones are not counted. */
    public int questionCount;

    public Instant updatedAt;

    public String path() {
        return SitePaths.subject(slug);
    }
}
