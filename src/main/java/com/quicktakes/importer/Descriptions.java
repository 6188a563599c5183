package com.quicktakes.importer;

/** A page's description: the file's own, or else the start of its answer. */
final class Descriptions {

    /** Descriptions taken from the answer are cut near this length (what search engines show). */
    static final int LENGTH = 155;

    private Descriptions() {
    }

    static String of(String written, String answerTextStart) {
        return written != null ? written : excerpt(answerTextStart);
    }

    /** The start of the answer's text, cut at a word. */
    static String excerpt(String flat) {
        if (flat.length() <= LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', LENGTH - 1);
        return flat.substring(0, cut > LENGTH / 2 ? cut : LENGTH - 1) + "…";
    }
}
