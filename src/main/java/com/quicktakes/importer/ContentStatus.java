package com.quicktakes.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Whether the site has content to serve: once any import has committed into this database, it
 * always has (a later import either commits or leaves the content as it was).
 */
@ApplicationScoped
public class ContentStatus {

    @Inject
    ImportHistory history;

    private volatile boolean loaded;
    private volatile boolean importing;

    public boolean loaded() {
        if (!loaded) {
            loaded = QuarkusTransaction.requiringNew().call(history::hasContent);
        }
        return loaded;
    }

    void importStarted() {
        importing = true;
    }

    void importFinished() {
        importing = false;
    }

    public boolean importing() {
        return importing;
    }
}
