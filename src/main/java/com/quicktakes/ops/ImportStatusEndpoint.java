package com.quicktakes.ops;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.catalog.ImportRun;
import com.quicktakes.catalog.ImportRunRepository;
import com.quicktakes.importer.ImportProblem;
import com.quicktakes.importer.ImportProblemRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /admin/import} on the management port (with {@code /q/health} and {@code /q/metrics}):
 * the last committed import and every current content problem, as JSON, for operators. It names
 * the content folder and the problem files' paths, so the public port never serves it.
 */
@ApplicationScoped
public class ImportStatusEndpoint {

    static final String PATH = "/admin/import";

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

    @Inject
    ObjectMapper json;

    void register(@Observes ManagementInterface management) {
        management.router().get(PATH).blockingHandler(this::status);
    }

    private void status(RoutingContext context) {
        ImportStatus current = QuarkusTransaction.requiringNew().call(() -> new ImportStatus(status.importing(),
                runs.last().map(LastImport::of).orElse(null), problems.all()));
        try {
            context.response().putHeader("Content-Type", "application/json").end(json.writeValueAsString(current));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
