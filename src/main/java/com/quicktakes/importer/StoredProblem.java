package com.quicktakes.importer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An {@link ImportProblem} kept with its file, so an unchanged file keeps reporting it. */
@Entity
@Table(name = "import_problem")
@IdClass(StoredProblem.Key.class)
public class StoredProblem {

    @Id
    public String path;

    @Id
    public int seq;

    public Integer line;

    @Enumerated(EnumType.STRING)
    public ImportProblem.Severity severity;

    public String message;

    static StoredProblem of(ImportProblem problem, int seq) {
        StoredProblem stored = new StoredProblem();
        stored.path = problem.path();
        stored.seq = seq;
        stored.line = problem.line();
        stored.severity = problem.severity();
        stored.message = problem.message();
        return stored;
    }

    ImportProblem toProblem() {
        return new ImportProblem(path, line, severity, message);
    }

    public record Key(String path, int seq) {
    }
}
