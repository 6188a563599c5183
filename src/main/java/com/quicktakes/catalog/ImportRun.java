package com.quicktakes.catalog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** The summary of one committed import; the newest one describes the content being served. */
@Entity
public class ImportRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 1)
    public Long id;

    public Instant startedAt;

    public Instant finishedAt;

    public String contentDir;

    public int files;
    public int imported;
    public int unchanged;
    public int removed;
    public int skipped;
    public int warnings;

    /** Whether this import changed what the site shows. */
    public boolean changedContent;
}
