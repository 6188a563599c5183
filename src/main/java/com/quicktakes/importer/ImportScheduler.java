package com.quicktakes.importer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.quicktakes.catalog.ImportEvent;
import com.quicktakes.config.SiteConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Runs the server's imports of the content folder, one at a time, on a thread of their own:
 * every trigger (the startup import, the watcher, the rescan, an operator) goes through
 * {@link #request}. A request while an import runs queues at most one more, so a burst of file
 * changes or of operator requests makes one follow-up run, which sees all of them. Runs are
 * numbered from 1 at every start of the server.
 */
@ApplicationScoped
public class ImportScheduler {

    private static final Logger LOG = Logger.getLogger(ImportScheduler.class);

    /** What asked for a run. */
    @RegisterForReflection
    public enum Trigger {
        STARTUP, WATCHER, RESCAN, OPERATOR
    }

    /** How a run ended. */
    @RegisterForReflection
    public enum Outcome {
        /** The import committed (possibly changing nothing). */
        COMMITTED,
        /** The import rolled back and changed nothing. */
        NOT_COMMITTED,
        /** The server is shutting down: the import stopped and changed nothing. */
        STOPPED,
        /** The import failed (the content folder is missing, say) and changed nothing. */
        FAILED
    }

    /** The answer to a request: the run that will see it, and whether it waits for a run under way. */
    @RegisterForReflection
    public record Ticket(long run, boolean queued) {
    }

    /** A run that has ended; {@code message} says why a failed run failed. */
    @RegisterForReflection
    public record FinishedRun(long run, Trigger trigger, Outcome outcome, String message, Instant finishedAt) {
    }

    /** The runs now: the one under way and the one waiting (either may be null), and the last one that ended. */
    public record State(Long running, Long queued, FinishedRun lastFinished) {
    }

    private record Run(long id, Trigger trigger) {
    }

    @Inject
    SiteConfig config;

    @Inject
    ContentImporter importer;

    @Inject
    Event<ImportEvent> events;

    private ExecutorService executor;
    private long lastId;
    private Run running;
    private Run queued;
    private FinishedRun lastFinished;
    private boolean stopping;
    /** Content problems already logged, so that each is logged once, when it appears, not at every run. */
    private Set<String> loggedProblems = Set.of();

    @PostConstruct
    void init() {
        executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "content-import");
            thread.setDaemon(true); // never keeps the JVM alive: shutdown waits for it explicitly
            return thread;
        });
    }

    /**
     * Schedules an import of the content folder, at once when none runs, otherwise after the run
     * under way; returns at once. Many requests during one run share the one run queued behind it.
     *
     * @throws IllegalStateException when the server is shutting down
     */
    public synchronized Ticket request(Trigger trigger) {
        if (stopping) {
            throw new IllegalStateException("the server is shutting down");
        }
        if (queued == null) {
            queued = new Run(++lastId, trigger);
            if (running == null) {
                // Announced before the run starts: nothing reads "not importing" once a run is requested.
                events.fire(new ImportEvent.Started());
            }
            executor.execute(this::runNext);
        } else {
            LOG.debugf("import requested (%s): joins queued run %d", trigger, queued.id());
        }
        return new Ticket(queued.id(), running != null);
    }

    public synchronized State state() {
        return new State(running == null ? null : running.id(), queued == null ? null : queued.id(), lastFinished);
    }

    /** Whether a run is under way or queued. */
    public synchronized boolean busy() {
        return running != null || queued != null;
    }

    /** On the import thread: one task per queued run, so each task finds its run queued (unless shutdown dropped it). */
    private void runNext() {
        Run run;
        synchronized (this) {
            run = queued;
            queued = null;
            running = run;
        }
        FinishedRun finished = run == null ? null : execute(run);
        synchronized (this) {
            running = null;
            if (finished != null) {
                lastFinished = finished;
            }
            if (queued == null) {
                events.fire(new ImportEvent.Finished());
            }
        }
    }

    private FinishedRun execute(Run run) {
        Path dir = ContentTree.configured(config);
        LOG.infof("importing content from %s (run %d, %s)", dir, run.id(), run.trigger().name().toLowerCase());
        Outcome outcome;
        String message = null;
        try {
            ImportReport report = importer.importFrom(dir, false, new PercentProgress(LOG::info));
            logNewProblems(report);
            outcome = report.committed() ? Outcome.COMMITTED : Outcome.NOT_COMMITTED;
        } catch (ImportStoppedException e) {
            LOG.info(e.getMessage());
            outcome = Outcome.STOPPED;
        } catch (Exception e) {
            LOG.errorf(e, "the content import failed; the site keeps serving its previous content");
            outcome = Outcome.FAILED;
            message = e.getMessage();
        }
        return new FinishedRun(run.id(), run.trigger(), outcome, message, Instant.now());
    }

    private void logNewProblems(ImportReport report) {
        Set<String> current = new HashSet<>();
        for (ImportProblem problem : report.problems()) {
            String line = problem.toString();
            current.add(line);
            if (!loggedProblems.contains(line)) {
                LOG.warn(line);
            }
        }
        loggedProblems = current;
    }

    /**
     * On shutdown, after the importer was told to stop (priority 1): drops a queued run and waits
     * for the one under way to roll back, before the database closes.
     */
    void onStop(@Observes(notifyObserver = Reception.IF_EXISTS) @Priority(2) ShutdownEvent event) throws InterruptedException {
        boolean wasRunning;
        synchronized (this) {
            stopping = true;
            queued = null;
            wasRunning = running != null;
        }
        executor.shutdown();
        if (wasRunning) {
            LOG.info("shutting down: waiting for the content import to stop");
        }
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
