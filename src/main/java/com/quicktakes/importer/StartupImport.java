package com.quicktakes.importer;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.quicktakes.config.SiteConfig;
import com.quicktakes.catalog.ImportEvent;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Imports the content folder when the server starts ({@code site.import-on-start}), in the
 * background: a server with content from an earlier run serves it at once and switches to the
 * new content in one step when the import commits; a fresh one is not ready until then.
 */
@ApplicationScoped
public class StartupImport {

    private static final Logger LOG = Logger.getLogger(StartupImport.class);

    @Inject
    SiteConfig config;

    @Inject
    ContentImporter importer;

    @Inject
    Event<ImportEvent> events;

    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        if (!config.importOnStart()) {
            return;
        }
        // Announced before the thread starts: nothing reads "not importing" before the import is under way.
        events.fire(new ImportEvent.Started());
        thread = new Thread(this::run, "content-import");
        thread.start();
    }

    /** Waits for a running import to stop (the importer stops itself on shutdown) before the database closes. */
    void onStop(@Observes @Priority(2) ShutdownEvent event) throws InterruptedException {
        if (thread != null && thread.isAlive()) {
            LOG.info("shutting down: waiting for the content import to stop");
            thread.join(Duration.ofSeconds(30).toMillis());
        }
    }

    private void run() {
        Path dir = ContentTree.configured(config);
        LOG.infof("importing content from %s", dir);
        try {
            ImportReport report = importer.importFrom(dir, false, new PercentProgress(LOG::info));
            report.problems().forEach(problem -> LOG.warn(problem.toString()));
        } catch (ImportStoppedException e) {
            LOG.info(e.getMessage());
        } catch (Exception e) {
            LOG.errorf(e, "the content import failed; the site keeps serving its previous content");
        } finally {
            events.fire(new ImportEvent.Finished());
        }
    }
}
