package com.quicktakes.catalog;

import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The content being served: absent until an import has committed into this database (a later
 * import either commits or leaves the content as it was), then the version that the last import
 * changing anything produced. Pages derive their validators and caches from it. It learns of
 * imports from the importer's {@link ImportEvent}s.
 */
@ApplicationScoped
public class ContentStatus {

    @Inject
    ImportRunRepository runs;

    private volatile ContentVersion version;
    private volatile boolean importing;

    /**
     * Read once at startup and after every committed import, never on a request: the I/O threads
     * ask it about every request. At startup before the other observers, which ask for it (the
     * search index's check would otherwise take the database for empty and clear the index).
     */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        refresh();
    }

    public Optional<ContentVersion> version() {
        return Optional.ofNullable(version);
    }

    public boolean loaded() {
        return version().isPresent();
    }

    /** When the content last changed; the epoch while none is loaded. */
    public Instant changedAt() {
        return version().map(ContentVersion::changedAt).orElse(Instant.EPOCH);
    }

    /** Whether an import is queued or running. */
    public boolean importing() {
        return importing;
    }

    void onStarted(@Observes ImportEvent.Started event) {
        importing = true;
    }

    void onCommitted(@Observes ImportEvent.Committed event) {
        refresh();
    }

    void onFinished(@Observes ImportEvent.Finished event) {
        importing = false;
    }

    /** Synchronized: a read at startup cannot overwrite the version a committed import has just read. */
    private synchronized void refresh() {
        version = QuarkusTransaction.requiringNew().call(runs::contentVersion).orElse(null);
    }
}
