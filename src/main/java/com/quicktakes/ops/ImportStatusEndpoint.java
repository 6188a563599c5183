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
import com.quicktakes.importer.ImportScheduler;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /admin/import} on the management port (with {@code /q/health} and {@code /q/metrics}),
 * for operators. {@code GET}: the runs under way and queued, the last run to end, the last
 * committed import and every current content problem, as JSON. {@code POST}: schedules an import
 * and answers at once ({@code 202}) with the run that will do it. It names the content folder and
 * the problem files' paths, so the public port never serves it.
 */
@ApplicationScoped
public class ImportStatusEndpoint {

    static final String PATH = "/admin/import";

    @RegisterForReflection
    public record ImportStatus(boolean importing, Long running, Long queued, ImportScheduler.FinishedRun lastRun,
            LastImport lastImport, List<ImportProblem> problems) {
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
    ImportScheduler scheduler;

    @Inject
    ObjectMapper json;

    void register(@Observes ManagementInterface management) {
        management.router().get(PATH).blockingHandler(this::status);
        management.router().post(PATH).handler(this::schedule);
    }

    private void status(RoutingContext context) {
        ImportScheduler.State state = scheduler.state();
        ImportStatus current = QuarkusTransaction.requiringNew().call(() -> new ImportStatus(status.importing(),
                state.running(), state.queued(), state.lastFinished(), runs.last().map(LastImport::of).orElse(null),
                problems.all()));
        send(context, 200, current);
    }

    /** Cheap and never blocks (the import runs on its own thread), so it runs on the event loop. */
    private void schedule(RoutingContext context) {
        try {
            send(context, 202, scheduler.request(ImportScheduler.Trigger.OPERATOR));
        } catch (IllegalStateException shuttingDown) {
            context.response().setStatusCode(503).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("503 Service Unavailable: the server is shutting down.\n");
        }
    }

    private void send(RoutingContext context, int status, Object body) {
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
