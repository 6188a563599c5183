package com.quicktakes.importer;

/** A content file as the previous import left it: what this import compares against. */
record KnownFile(String sha256, String url, boolean hasErrors) {

    /** Whether the file's question is in the database: it parsed, and won its url. */
    boolean hasQuestion() {
        return !hasErrors && url != null;
    }
}
