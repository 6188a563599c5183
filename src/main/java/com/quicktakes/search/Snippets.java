package com.quicktakes.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The highlighted title and answer snippet of each hit: the stored text, with the matched words
 * found through the offsets indexed with them (near-misses are plain terms of the query, so they
 * are highlighted as the words they matched). Three of Lucene's defaults are replaced
 * because each cost more than the search itself (measured, see docs/search.md): the stored
 * fields are read once per hit by the caller rather than again here, passages break at spaces
 * rather than by the JDK's word rules, and passages are scored without allocating a hash table.
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

    /** @param documents the stored fields of each hit, title and answer among them, by document id */
    static Highlighted of(IndexSearcher searcher, Query query, int[] docIds, Map<Integer, Document> documents)
            throws IOException {
        UnifiedHighlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, Analyzers.ENGLISH)
                .withFormatter(new MarkFormatter())
                .withScorer(new LeanPassageScorer())
                .withMaxNoHighlightPassages(1)
                .withMaxLength(IndexedFields.STORED_ANSWER_CHARS)
                .withHighlightPhrasesStrictly(false), documents);
        String[] fields = { IndexedFields.TITLE, IndexedFields.ANSWER };
        Map<String, String[]> html = highlighter.highlightFields(fields, query, docIds, new int[] { 1, PASSAGES });
        return new Highlighted(html.get(IndexedFields.TITLE), html.get(IndexedFields.ANSWER));
    }

    /** The whole title; the answer in passages of about {@link #PASSAGE_CHARS}, cut at spaces. */
    private static final class Highlighter extends UnifiedHighlighter {

        private final Map<Integer, Document> documents;

        Highlighter(Builder builder, Map<Integer, Document> documents) {
            super(builder);
            this.documents = documents;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            if (IndexedFields.TITLE.equals(field)) {
                return new WholeBreakIterator();
            }
            return LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '), PASSAGE_CHARS, 0.4f);
        }

        /** The values the caller loaded already, all in one batch. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = documents.get(doc);
                CharSequence[] byField = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    byField[i] = document == null ? null : document.get(fields[i]);
                }
                values.add(byField);
            }
            return values;
        }
    }

    /**
     * Lucene's passage score (BM25-like, favouring early passages), with the distinct terms of a
     * passage counted in a small array instead of a new hash table per passage.
     */
    private static final class LeanPassageScorer extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = new BytesRef[matches];
            int[] inPassage = new int[matches];
            int[] inDoc = new int[matches];
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                BytesRef term = passage.getMatchTerms()[i];
                int at = 0;
                while (at < distinct && !terms[at].bytesEquals(term)) {
                    at++;
                }
                if (at == distinct) {
                    terms[distinct++] = term;
                    inDoc[at] = passage.getMatchTermFreqsInDoc()[i];
                }
                inPassage[at]++;
            }
            double score = 0;
            for (int i = 0; i < distinct; i++) {
                score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
            }
            return (float) (score * norm(passage.getStartOffset()));
        }
    }
}
