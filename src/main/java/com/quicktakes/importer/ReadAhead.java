package com.quicktakes.importer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Prepares items on worker threads, one per core, and hands them to the calling thread in their
 * original order. A bounded window of items is in flight, so memory stays flat however many
 * items there are, and the workers read ahead while the caller writes.
 */
final class ReadAhead {

    /** Items in flight per worker thread. */
    private static final int WINDOW_PER_THREAD = 16;

    interface Preparer<T> {
        T prepare(String item) throws Exception;
    }

    interface Applier<T> {
        void apply(T prepared) throws Exception;
    }

    private ReadAhead() {
    }

    /**
     * @param stop checked before each item is applied; when it says so, {@link ImportStoppedException} ends the run
     */
    static <T> void inOrder(List<String> items, Preparer<T> prepare, Applier<T> apply, ContentImporter.Progress progress,
            BooleanSupplier stop) throws Exception {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "content-import-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<T>> window = new ArrayDeque<>();
            int done = 0;
            for (String item : items) {
                window.add(workers.submit(() -> prepare.prepare(item)));
                if (window.size() >= threads * WINDOW_PER_THREAD) {
                    apply.apply(next(window, stop));
                    progress.update(++done, items.size());
                }
            }
            while (!window.isEmpty()) {
                apply.apply(next(window, stop));
                progress.update(++done, items.size());
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static <T> T next(Deque<Future<T>> window, BooleanSupplier stop) throws InterruptedException, ExecutionException {
        if (stop.getAsBoolean()) {
            throw new ImportStoppedException();
        }
        return window.poll().get();
    }
}
