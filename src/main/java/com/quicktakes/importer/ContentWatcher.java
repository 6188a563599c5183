package com.quicktakes.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import com.quicktakes.config.SiteConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Imports the content folder when it changes while the server runs ({@code site.watch}): the file
 * system's notifications ({@link FolderEvents}) start an import half a second after the last
 * change of a burst ({@link Debounce}), and a periodic rescan ({@link FolderSnapshot}) catches
 * what sent no notification. Both go through the {@link ImportScheduler}. The bundled sample
 * cannot change, so it is not watched; nor does the import command watch.
 */
@ApplicationScoped
public class ContentWatcher {

    private static final Logger LOG = Logger.getLogger(ContentWatcher.class);
    static final Duration QUIET = Duration.ofMillis(500);
    static final Duration LIMIT = Duration.ofSeconds(2);

    @Inject
    SiteConfig config;

    @Inject
    ImportScheduler scheduler;

    private Thread thread;

    /**
     * Before the startup import is requested (a lower priority runs first): a change made while
     * that import runs is then either seen by it or noticed here.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (!config.watch() || config.contentDir().isEmpty()) {
            return;
        }
        Path folder = config.contentDir().get();
        Duration interval = config.watchInterval().isNegative() ? Duration.ZERO : config.watchInterval();
        FolderEvents events = config.watchEvents() ? openEvents(folder) : null;
        if (events == null && interval.isZero()) {
            return;
        }
        Optional<FolderSnapshot> seen = interval.isZero() ? Optional.empty() : FolderSnapshot.of(folder);
        LOG.infof("watching %s for changes (%s%s)", folder, events != null ? "notifications, " : "",
                interval.isZero() ? "no rescan" : "rescan every " + interval.toMillis() / 1000.0 + " s");
        thread = new Thread(() -> watch(folder, events, seen, interval), "content-watch");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes @Priority(1) ShutdownEvent event) throws InterruptedException {
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    private static FolderEvents openEvents(Path folder) {
        try {
            return FolderEvents.open(folder);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.infof("cannot watch %s for change notifications (%s): only the periodic rescan will notice changes", folder, e);
            return null;
        }
    }

    private void watch(Path folder, FolderEvents events, Optional<FolderSnapshot> seenAtStart, Duration interval) {
        Optional<FolderSnapshot> seen = seenAtStart;
        Debounce debounce = new Debounce(QUIET.toNanos(), LIMIT.toNanos());
        long rescanEvery = interval.isZero() ? Long.MAX_VALUE : interval.toNanos();
        long nextRescan = System.nanoTime() + rescanEvery;
        try (events) {
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                long wait = Math.min(nextRescan - now, debounce.pending() ? debounce.remaining(now) : Long.MAX_VALUE);
                long waitMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait));
                if (events != null) {
                    if (events.await(waitMillis)) {
                        debounce.changed(System.nanoTime());
                    }
                } else {
                    Thread.sleep(waitMillis);
                }
                now = System.nanoTime();
                if (debounce.take(now)) {
                    events.followLink();
                    // Noted before the import is requested: the rescan then looks only for later changes.
                    seen = interval.isZero() ? seen : FolderSnapshot.of(folder);
                    scheduler.request(ImportScheduler.Trigger.WATCHER);
                }
                if (now - nextRescan >= 0) {
                    nextRescan = now + rescanEvery;
                    Optional<FolderSnapshot> current = FolderSnapshot.of(folder);
                    if (current.isPresent() && !current.equals(seen)) {
                        seen = current;
                        if (events != null) {
                            events.followLink();
                        }
                        scheduler.request(ImportScheduler.Trigger.RESCAN);
                    }
                }
            }
        } catch (InterruptedException | IllegalStateException e) {
            // the server is shutting down
        } catch (IOException e) {
            LOG.debugf("closing the change notifications: %s", e);
        } catch (RuntimeException e) {
            LOG.errorf(e, "the content watcher stopped: changes are no longer imported until the server restarts");
        }
    }
}
