package com.quicktakes.ops;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.catalog.ImportRun;
import com.quicktakes.catalog.ImportRunRepository;
import com.quicktakes.importer.ImportProblem;
import com.quicktakes.importer.ImportProblemRepository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {@code /admin/import}: the last committed import and every current content problem, as JSON,
 * for operators. Not linked from any page, and disallowed in robots.txt.
 */
@Path("/admin/import")
public class ImportStatusResource {

    @RegisterForReflection
    public record ImportStatus(boolean importing, LastImport lastImport, List<ImportProblem> problems) {
    }

    @RegisterForReflection
    public record LastImport(Instant startedAt, Instant finishedAt, String contentDir, int files, int imported,
            int unchanged, int removed, int skipped, int warnings) {

        static LastImport of(ImportRun run) {
            return new LastImport(run.startedAt, run.finishedAt, run.contentDir, run.files, run.imported, run.unchanged,
                    run.removed, run.skipped, run.warnings);
        }
    }

    @Inject
    ImportRunRepository runs;

    @Inject
    ImportProblemRepository problems;

    @Inject
    ContentStatus status;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ImportStatus status() {
        LastImport last = runs.last()
                .map(LastImport::of)
                .orElse(null);
        return new ImportStatus(status.importing(), last, problems.all());
    }
}
