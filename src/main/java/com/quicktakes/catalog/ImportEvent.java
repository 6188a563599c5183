package com.quicktakes.catalog;

/**
 * What the importer announces (as CDI events, fired synchronously), so that the read side learns
 * about new content without asking the importer: {@link ContentStatus} observes them.
 */
public sealed interface ImportEvent {

    /** An import has been started or queued: the content may soon change. */
    record Started() implements ImportEvent {
    }

    /** An import committed new rows: the content version may have changed. */
    record Committed() implements ImportEvent {
    }

    /** The import ended, committed or not. */
    record Finished() implements ImportEvent {
    }
}
