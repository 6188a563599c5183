package com.quicktakes.importer;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Whether the site has content to serve (once any import has committed into this database), and the last import. */
@ApplicationScoped
public class ContentStatus {

    @Inject
    EntityManager em;

    private volatile boolean loaded;
    private volatile ImportReport lastReport;
    private volatile boolean importing;

    public boolean loaded() {
        if (!loaded) {
            loaded = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(r) from ImportRun r", Long.class)
                    .getSingleResult() > 0);
        }
        return loaded;
    }

    void importStarted() {
        importing = true;
    }

    void importFinished(ImportReport report) {
        lastReport = report;
        importing = false;
        loaded = false; // read again: a committed import means content is there
    }

    public boolean importing() {
        return importing;
    }

    /** The report of the last import run by this process, if any. */
    public Optional<ImportReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }
}
