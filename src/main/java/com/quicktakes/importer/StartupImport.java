package com.quicktakes.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.quicktakes.config.SiteConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * Imports the content folder when the server starts ({@code site.import-on-start}), in the
 * background ({@link ImportScheduler}): a server with content from an earlier run serves it at
 * once and switches to the new content in one step when the import commits; a fresh one is not
 * ready until then. On shutdown the scheduler stops the import and waits for it.
 */
@ApplicationScoped
public class StartupImport {

    @Inject
    SiteConfig config;

    @Inject
    ImportScheduler scheduler;

    void onStart(@Observes StartupEvent event) {
        if (config.importOnStart()) {
            scheduler.request(ImportScheduler.Trigger.STARTUP);
        }
    }
}
