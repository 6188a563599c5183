package com.quicktakes;

import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;

import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.web.WarmUp;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Before every {@code @QuarkusTest} method: waits until the content the app imports at startup
 * (in the background) has been imported and the server has warmed up, so no test sees a
 * half-started site (nor warm-up requests in its counts). An app that does
 * not import at startup ({@code site.import-on-start=false}, the import tests) is not waited
 * for. Registered in {@code META-INF/services}, so tests need not ask for it.
 */
public class ContentImportedCallback implements QuarkusTestBeforeEachCallback {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean importsAtStart = ConfigProvider.getConfig().getOptionalValue("site.import-on-start", Boolean.class).orElse(true);
        if (!importsAtStart) {
            return;
        }
        ContentStatus status = Arc.container().instance(ContentStatus.class).get();
        WarmUp warmUp = Arc.container().instance(WarmUp.class).get();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!status.loaded() || status.importing() || !warmUp.done()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the content was not imported within " + LIMIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the content", e);
            }
        }
    }
}
