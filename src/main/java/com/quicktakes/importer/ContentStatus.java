package com.quicktakes.importer;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The content being served: absent until an import has committed into this database (a later
 * import either commits or leaves the content as it was), then the version that the last
 * import changing anything produced. Pages derive their validators and caches from it.
 */
@ApplicationScoped
public class ContentStatus {

    /**
     * @param number    grows with every import that changes what the site shows
     * @param changedAt when that import committed
     */
    public record ContentVersion(long number, Instant changedAt) {
    }

    @Inject
    ImportHistory history;

    private volatile ContentVersion version;
    private volatile boolean importing;

    public Optional<ContentVersion> version() {
        if (version == null) {
            refresh();
        }
        return Optional.ofNullable(version);
    }

    public boolean loaded() {
        return version().isPresent();
    }

    /** When the content last changed; the epoch while none is loaded. */
    public Instant changedAt() {
        return version().map(ContentVersion::changedAt).orElse(Instant.EPOCH);
    }

    public boolean importing() {
        return importing;
    }

    void importStarted() {
        importing = true;
    }

    void importFinished() {
        importing = false;
    }

    /** Reads the version again, after an import committed. */
    void refresh() {
        version = QuarkusTransaction.requiringNew().call(history::contentVersion).orElse(null);
    }
}
