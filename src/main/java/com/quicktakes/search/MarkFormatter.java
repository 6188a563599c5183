package com.quicktakes.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Passages as safe HTML: every character of the text escaped, matched words in {@code <mark>},
 * and "…" where text was left out before, between or after the passages.
 */
final class MarkFormatter extends PassageFormatter {

    static final String ELLIPSIS = "…";

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        int shownUpTo = 0;
        for (Passage passage : passages) {
            int start = passage.getStartOffset();
            if (start > shownUpTo || (start > 0 && shownUpTo == 0)) {
                html.append(html.isEmpty() ? ELLIPSIS + " " : " " + ELLIPSIS + " ");
            }
            int pos = Math.max(start, shownUpTo);
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int matchStart = passage.getMatchStarts()[i];
                int matchEnd = passage.getMatchEnds()[i];
                if (matchEnd <= pos) {
                    continue; // inside a match already marked (overlapping matches)
                }
                matchStart = Math.max(matchStart, pos);
                escape(content, pos, matchStart, html);
                // one <mark> for matches that touch or overlap
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] <= matchEnd) {
                    matchEnd = Math.max(matchEnd, passage.getMatchEnds()[++i]);
                }
                html.append("<mark>");
                escape(content, matchStart, matchEnd, html);
                html.append("</mark>");
                pos = matchEnd;
            }
            int end = passage.getEndOffset();
            escape(content, pos, end, html);
            shownUpTo = Math.max(shownUpTo, end);
        }
        String text = html.toString().strip();
        if (shownUpTo < content.strip().length() && !text.isEmpty()) {
            text += " " + ELLIPSIS;
        }
        return text;
    }

    /** Escapes {@code content[from, to)}: the five characters that are markup in text or attributes. */
    static void escape(String content, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }

    static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), html);
        return html.toString();
    }
}
