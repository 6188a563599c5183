package com.quicktakes.importer;

/**
 * When to act on a burst of file changes: once it has been quiet for a moment (an editor's save,
 * a copy of many files, a Kubernetes volume update are each many events), but never later than a
 * limit after the first change, so a folder that never stays quiet is still imported. Times are
 * {@link System#nanoTime()} readings.
 */
final class Debounce {

    private final long quietNanos;
    private final long limitNanos;
    private boolean pending;
    private long first;
    private long last;

    Debounce(long quietNanos, long limitNanos) {
        this.quietNanos = quietNanos;
        this.limitNanos = limitNanos;
    }

    void changed(long now) {
        if (!pending) {
            pending = true;
            first = now;
        }
        last = now;
    }

    boolean pending() {
        return pending;
    }

    /** Nanoseconds from {@code now} until the burst is due (0 or less: due); only while pending. */
    long remaining(long now) {
        long quietEnds = last + quietNanos - now;
        long limitEnds = first + limitNanos - now;
        return Math.min(quietEnds, limitEnds);
    }

    /** Whether a pending burst is due now; if so, it is no longer pending. */
    boolean take(long now) {
        if (pending && remaining(now) <= 0) {
            pending = false;
            return true;
        }
        return false;
    }
}
