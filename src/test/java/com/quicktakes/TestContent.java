package com.quicktakes;

import java.time.Duration;

import com.quicktakes.importer.ContentStatus;

/** The test profile imports {@code src/test/resources/content} at startup, in the background; tests wait for it. */
public final class TestContent {

    private TestContent() {
    }

    public static void awaitLoaded(ContentStatus status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!status.loaded() || status.importing()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the test content was not imported within 60 s");
            }
            Thread.sleep(50);
        }
    }
}
