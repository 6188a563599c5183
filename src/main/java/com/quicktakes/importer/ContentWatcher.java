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
     * Runs before the startup import is requested (a lower priority runs first), so a change made
     * while that import runs is either seen by it or notified here. The rescan's first snapshot
     * is taken on the watcher's thread, not to delay the start (about a second per 100,000
     * files); a change it misses in that moment is imported with the next change, since every
     * import compares every file's hash.
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
        LOG.infof("watching %s for changes (%s%s)", folder, events != null ? "notifications, " : "",
                interval.isZero() ? "no rescan" : "rescan every " + interval.toMillis() / 1000.0 + " s");
        thread = new Thread(new Watch(folder, events, interval), "content-watch");
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
        } catch (IOException | UnsupportedOperationException | LinkageError e) {
            // LinkageError: a native executable built without the JDK's inotify binding has no watcher.
            LOG.infof("cannot watch %s for change notifications (%s): only the periodic rescan will notice changes", folder, e);
            return null;
        }
    }

    /** The watcher's thread: waits for notifications or the next rescan, whichever comes first. */
    private final class Watch implements Runnable {
        private final Path folder;
        private final FolderEvents events;
        private final Duration interval;
        private final Debounce debounce = new Debounce(QUIET.toNanos(), LIMIT.toNanos());
        private Optional<FolderSnapshot> seen = Optional.empty();
        private long nextRescan;

        Watch(Path folder, FolderEvents events, Duration interval) {
            this.folder = folder;
            this.events = events;
            this.interval = interval;
        }

        private boolean rescans() {
            return !interval.isZero();
        }

        @Override
        public void run() {
            try (events) {
                if (rescans()) {
                    seen = FolderSnapshot.of(folder);
                    nextRescan = System.nanoTime() + interval.toNanos();
                }
                while (true) {
                    long now = System.nanoTime();
                    long wait = rescans() ? nextRescan - now : Long.MAX_VALUE;
                    if (debounce.pending()) {
                        wait = Math.min(wait, debounce.remaining(now));
                    }
                    long waitMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait));
                    if (events == null) {
                        Thread.sleep(waitMillis);
                    } else if (events.await(waitMillis)) {
                        debounce.changed(System.nanoTime());
                    }
                    now = System.nanoTime();
                    if (debounce.take(now) && !changed()) {
                        return;
                    }
                    if (rescans() && now - nextRescan >= 0 && !rescan(now)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // the server is shutting down
            } catch (IOException e) {
                LOG.debugf("closing the change notifications: %s", e);
            } catch (RuntimeException e) {
                LOG.errorf(e, "the content watcher stopped: changes are no longer imported until the server restarts");
            }
        }

        /** A burst of notifications has settled: import. False when the server is shutting down. */
        private boolean changed() {
            events.followLink();
            if (rescans()) {
                // Noted before the import is requested: the rescan then looks only for later changes.
                seen = FolderSnapshot.of(folder);
            }
            return request(ImportScheduler.Trigger.WATCHER);
        }

        /** Imports when the folder differs from what was last seen. False when the server is shutting down. */
        private boolean rescan(long now) {
            nextRescan = now + interval.toNanos();
            Optional<FolderSnapshot> current = FolderSnapshot.of(folder);
            if (current.isEmpty() || current.equals(seen)) {
                return true;
            }
            seen = current;
            if (events != null) {
                events.followLink();
            }
            return request(ImportScheduler.Trigger.RESCAN);
        }

        private boolean request(ImportScheduler.Trigger trigger) {
            try {
                scheduler.request(trigger);
                return true;
            } catch (IllegalStateException shuttingDown) {
                return false;
            }
        }
    }
}
