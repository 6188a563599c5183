package com.quicktakes.importer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The summary of one committed import; the newest one describes the content being served. */
@Entity
@Table(name = "import_run")
public class ImportRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 1)
    public Long id;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "content_dir")
    public String contentDir;

    public int files;
    public int imported;
    public int unchanged;
    public int removed;
    public int skipped;
    public int warnings;

    /** Whether this import changed what the site shows. */
    @Column(name = "changed_content")
    public boolean changedContent;
}
