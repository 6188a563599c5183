package com.quicktakes.markdown;

import java.util.Arrays;

/**
 * The runs of {@code $} in the rest of one block (a paragraph, a heading, a table cell), found in
 * one pass, and which of them can close math. Whether a run closes depends only on its own
 * surroundings (the characters before and after it), never on the opener, so each opener finds
 * its closer by a binary search instead of rescanning the block: n openers that never close
 * ("$a $a $a …") cost n log n, not n² (n³ when the text before each candidate was copied).
 */
final class DollarRuns {

    /** Math found at an opener: its TeX, whether it was {@code $$…$$}, and the offset just after it. */
    record Match(String tex, boolean display, int end) {
    }

    private final String text;
    /** Start and end (exclusive) of each maximal run of dollars, in order; {@code runs} of them. */
    private final int[] runStarts;
    private final int[] runEnds;
    private int runs;
    /** Starts of the runs that close {@code $…$}: one unescaped dollar after a non-space, no digit after it. */
    private final int[] singleClosers;
    private int singles;
    /** Starts of the runs that close {@code $$…$$}: two or more unescaped dollars. */
    private final int[] doubleClosers;
    private int doubles;

    DollarRuns(String text) {
        this.text = text;
        int dollars = (int) text.chars().filter(c -> c == '$').count();
        runStarts = new int[dollars];
        runEnds = new int[dollars];
        singleClosers = new int[dollars];
        doubleClosers = new int[dollars];
        int start = text.indexOf('$');
        while (start >= 0) {
            int end = start;
            while (end < text.length() && text.charAt(end) == '$') {
                end++;
            }
            runStarts[runs] = start;
            runEnds[runs++] = end;
            addIfCloser(start, end);
            start = text.indexOf('$', end);
        }
    }

    private void addIfCloser(int start, int end) {
        if (start == 0) {
            return; // the text starts at an opener, which closes nothing
        }
        int before = Character.codePointBefore(text, start);
        if (before == '\\') {
            return; // \$ inside TeX is a dollar sign, not the end
        }
        if (end - start >= 2) {
            doubleClosers[doubles++] = start;
        } else if (!Character.isWhitespace(before) && !(end < text.length() && Character.isDigit(text.charAt(end)))) {
            singleClosers[singles++] = start;
        }
    }

    /**
     * The math that opens at {@code at}, a dollar of the text, or null. Pandoc's rule: one dollar
     * opens when a non-space follows it and closes at the first valid single closer; two dollars
     * close at the first run of two or more, and "$$ $$" is not math; more dollars are not math.
     * The opener is the rest of its run from {@code at}: commonmark tries each dollar of a run in
     * turn, so in {@code $$$x$$} the last two dollars of the first run open.
     */
    Match mathAt(int at) {
        int dollars = dollarsAt(at);
        int contentStart = at + dollars;
        if (dollars == 1) {
            if (contentStart == text.length() || Character.isWhitespace(text.charAt(contentStart))) {
                return null;
            }
            int closer = firstAtOrAfter(singleClosers, singles, contentStart);
            return closer < 0 ? null : new Match(text.substring(contentStart, closer).strip(), false, closer + 1);
        }
        if (dollars == 2) {
            int closer = firstAtOrAfter(doubleClosers, doubles, contentStart);
            if (closer < 0) {
                return null;
            }
            String tex = text.substring(contentStart, closer).strip();
            // A run of 3+ closes with its first two dollars; the rest is text after the math.
            return tex.isEmpty() ? null : new Match(tex, true, closer + 2);
        }
        return null;
    }

    /** The dollars from {@code at} to the end of their run, found without walking the run (it may be long). */
    int dollarsAt(int at) {
        if (at >= text.length() || text.charAt(at) != '$') {
            return 0;
        }
        int i = Arrays.binarySearch(runStarts, 0, runs, at);
        return runEnds[i >= 0 ? i : -i - 2] - at;
    }

    private static int firstAtOrAfter(int[] sorted, int count, int from) {
        int i = Arrays.binarySearch(sorted, 0, count, from);
        int first = i >= 0 ? i : -i - 1;
        return first < count ? sorted[first] : -1;
    }
}
