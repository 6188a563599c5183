package com.quicktakes.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.inject.Vetoed;

import io.quarkus.test.junit.QuarkusMock;

/**
 * An importer that holds every import until its gate opens, and counts how many ran and how many
 * at once: installed in place of the {@link ContentImporter} for one test method with
 * {@link #install()}. It touches no database.
 */
@Vetoed
public class GatedImporter extends ContentImporter {

    private final CountDownLatch gate = new CountDownLatch(1);
    private final CountDownLatch entered = new CountDownLatch(1);
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private volatile IOException failure;

    public static GatedImporter install() {
        GatedImporter importer = new GatedImporter();
        QuarkusMock.installMockForType(importer, ContentImporter.class);
        return importer;
    }

    @Override
    public ImportReport importFrom(Path contentDir, boolean strict, Progress progress) throws IOException {
        mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
        calls.incrementAndGet();
        entered.countDown();
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
            if (failure != null) {
                throw failure;
            }
            return new ImportReport(contentDir.toString(), 0, 0, 0, 0, 0, 0, 0, List.of(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportStoppedException();
        } finally {
            inside.decrementAndGet();
        }
    }

    /** Waits until the first import has started (and is held at the gate). */
    public void awaitFirstImport() throws InterruptedException {
        if (!entered.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("no import started within 10 s");
        }
    }

    public void open() {
        gate.countDown();
    }

    /** Every import from now on fails with this. */
    public void failWith(IOException e) {
        failure = e;
    }

    public int calls() {
        return calls.get();
    }

    public int mostAtOnce() {
        return mostAtOnce.get();
    }
}
