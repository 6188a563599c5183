package com.quicktakes.importer;

/** Stops reading a content file that must be skipped, with the error to report for it. */
final class RejectedFile extends RuntimeException {

    final Integer line;

    RejectedFile(Integer line, String message) {
        super(message, null, false, false);
        this.line = line;
    }
}
