package com.quicktakes.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.importer.ImportScheduler.Outcome;
import com.quicktakes.importer.ImportScheduler.Ticket;
import com.quicktakes.importer.ImportScheduler.Trigger;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every import of the running server goes through the scheduler: one at a time, coalesced, numbered. */
@QuarkusTest
@TestProfile(ImporterTestProfile.class)
class ImportSchedulerTest {

    @Inject
    ImportScheduler scheduler;

    @Inject
    ContentStatus status;

    GatedImporter importer;

    @BeforeEach
    void holdImports() {
        importer = GatedImporter.install();
    }

    @AfterEach
    void letImportsFinish() throws InterruptedException {
        importer.open();
        awaitTrue(() -> !scheduler.busy() && !status.importing());
    }

    @Test
    void aRequestWhileIdleStartsARunAtOnceWithTheNextNumber() throws InterruptedException {
        awaitTrue(() -> !scheduler.busy());
        Ticket first = scheduler.request(Trigger.OPERATOR);
        assertThat(first.queued()).as("waits for nothing").isFalse();
        importer.awaitFirstImport();
        assertThat(scheduler.state().running()).isEqualTo(first.run());
        importer.open();
        awaitTrue(() -> !scheduler.busy());
        Ticket second = scheduler.request(Trigger.OPERATOR);
        assertThat(second.run()).isEqualTo(first.run() + 1);
        assertThat(second.queued()).isFalse();
    }

    @Test
    void requestsDuringARunShareTheOneRunQueuedBehindIt() throws InterruptedException {
        Ticket running = scheduler.request(Trigger.STARTUP);
        importer.awaitFirstImport();

        Ticket queued = scheduler.request(Trigger.WATCHER);
        Ticket again = scheduler.request(Trigger.OPERATOR);
        Ticket andAgain = scheduler.request(Trigger.RESCAN);

        assertThat(queued.run()).isEqualTo(running.run() + 1);
        assertThat(queued.queued()).isTrue();
        assertThat(List.of(again, andAgain)).containsOnly(queued);
        ImportScheduler.State state = scheduler.state();
        assertThat(state.running()).isEqualTo(running.run());
        assertThat(state.queued()).isEqualTo(queued.run());

        importer.open();
        awaitTrue(() -> !scheduler.busy());
        assertThat(importer.calls()).as("imports run").isEqualTo(2);
        assertThat(scheduler.state().lastFinished().run()).isEqualTo(queued.run());
        assertThat(scheduler.state().lastFinished().trigger()).as("the request that queued the run").isEqualTo(Trigger.WATCHER);
        assertThat(scheduler.state().lastFinished().outcome()).isEqualTo(Outcome.COMMITTED);
    }

    @Test
    void neverRunsTwoImportsAtOnceWhateverAsksFromWhateverThread() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Ticket>> tickets = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Trigger trigger = Trigger.values()[i % Trigger.values().length];
                tickets.add(clients.submit(() -> scheduler.request(trigger)));
                if (i == 20) {
                    importer.open(); // the rest arrive while imports come and go
                }
            }
            for (Future<Ticket> ticket : tickets) {
                assertThat(ticket.get().run()).isPositive();
            }
        } finally {
            clients.shutdown();
        }
        importer.open();
        awaitTrue(() -> !scheduler.busy());
        assertThat(importer.mostAtOnce()).as("imports at once").isEqualTo(1);
        assertThat(importer.calls()).as("40 requests, coalesced").isBetween(1, 40);
        assertThat(scheduler.state().lastFinished().run()).as("the last run numbered is the last to run")
                .isEqualTo(scheduler.request(Trigger.OPERATOR).run() - 1);
    }

    @Test
    void theServerIsImportingFromTheRequestUntilTheLastQueuedRunEnds() throws InterruptedException {
        awaitTrue(() -> !status.importing());
        scheduler.request(Trigger.OPERATOR);
        assertThat(status.importing()).as("importing as soon as requested").isTrue();
        importer.awaitFirstImport();
        scheduler.request(Trigger.OPERATOR);
        importer.open();
        awaitTrue(() -> !scheduler.busy());
        assertThat(importer.calls()).isEqualTo(2);
        awaitTrue(() -> !status.importing());
    }

    @Test
    void aFailedRunIsReportedWithItsReasonAndTheNextRunGoesAhead() throws InterruptedException {
        importer.failWith(new IOException("content folder not found: /nowhere"));
        importer.open();
        Ticket failed = scheduler.request(Trigger.OPERATOR);
        awaitTrue(() -> !scheduler.busy());
        ImportScheduler.FinishedRun last = scheduler.state().lastFinished();
        assertThat(last.run()).isEqualTo(failed.run());
        assertThat(last.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(last.message()).isEqualTo("content folder not found: /nowhere");

        importer.failWith(null);
        Ticket next = scheduler.request(Trigger.OPERATOR);
        awaitTrue(() -> !scheduler.busy());
        assertThat(scheduler.state().lastFinished().run()).isEqualTo(next.run());
        assertThat(scheduler.state().lastFinished().outcome()).isEqualTo(Outcome.COMMITTED);
    }

    static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not so within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
