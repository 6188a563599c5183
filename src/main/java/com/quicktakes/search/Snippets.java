package com.quicktakes.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The highlighted title and answer snippet of each hit, from the stored text, re-analysed with the
 * search analyzer (no offsets are indexed: that would make every import pay for what only the
 * twenty hits of a page need). Near-miss matches are highlighted too.
 */
final class Snippets {

    /** Passages of the answer shown per hit, and the length each aims at around its match. */
    static final int PASSAGES = 2;
    static final int PASSAGE_CHARS = 110;

    /** Field values for each document id, in the order asked. */
    record Highlighted(String[] titles, String[] answers) {
    }

    private Snippets() {
    }

    static Highlighted of(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        UnifiedHighlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, Analyzers.ENGLISH)
                .withFormatter(new MarkFormatter())
                .withMaxNoHighlightPassages(1)
                .withHighlightPhrasesStrictly(false));
        String[] fields = { IndexedFields.TITLE, IndexedFields.ANSWER };
        Map<String, String[]> html = highlighter.highlightFields(fields, query, docIds, new int[] { 1, PASSAGES });
        return new Highlighted(html.get(IndexedFields.TITLE), html.get(IndexedFields.ANSWER));
    }

    /** The whole title; the answer in passages of about {@link #PASSAGE_CHARS}, cut between words. */
    private static final class Highlighter extends UnifiedHighlighter {

        Highlighter(Builder builder) {
            super(builder);
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            if (IndexedFields.TITLE.equals(field)) {
                return new WholeBreakIterator();
            }
            return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_CHARS,
                    0.4f);
        }
    }
}
