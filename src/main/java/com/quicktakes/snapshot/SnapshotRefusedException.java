package com.quicktakes.snapshot;

/** A snapshot that this application will not load; the message says why, for the log. */
class SnapshotRefusedException extends Exception {

    SnapshotRefusedException(String reason) {
        super(reason);
    }
}
