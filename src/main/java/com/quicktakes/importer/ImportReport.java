package com.quicktakes.importer;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.quicktakes.catalog.ImportRun;

/**
 * What an import did and what is wrong with the content it read.
 *
 * @param files     content files found
 * @param imported  files read, rendered and stored by this import (new or changed)
 * @param unchanged files skipped because their content hash matched the stored one
 * @param removed   questions removed because their file is gone
 * @param skipped   files not imported because of an error
 * @param warnings  warnings across all files (unchanged files keep theirs)
 * @param problems  every current problem, errors and warnings, by path
 * @param committed false when nothing was changed ({@code --strict} with errors, or a stopped import)
 */
@io.quarkus.runtime.annotations.RegisterForReflection
public record ImportReport(String contentDir, int files, int imported, int unchanged, int removed, int skipped,
        int warnings, double seconds, List<ImportProblem> problems, boolean committed) {

    /** The report of an import summed up in {@code run} (committed or not). */
    static ImportReport of(ImportRun run, List<ImportProblem> problems, boolean committed) {
        double seconds = Duration.between(run.startedAt, run.finishedAt).toMillis() / 1000.0;
        return new ImportReport(run.contentDir, run.files, run.imported, run.unchanged, run.removed, run.skipped,
                run.warnings, seconds, problems, committed);
    }

    public long errors() {
        return problems.stream().filter(ImportProblem::isError).count();
    }

    public String summary() {
        return String.format(Locale.ROOT,
                "%s: %d files, %d imported, %d unchanged, %d removed, %d skipped, %d warnings in %.1f s",
                committed ? "import finished" : "import failed, nothing changed",
                files, imported, unchanged, removed, skipped, warnings, seconds);
    }
}
