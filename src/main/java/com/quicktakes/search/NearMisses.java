package com.quicktakes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The indexed terms a typo may stand for: those within one or two edits of it, in any searched
 * field. This is what a {@link FuzzyQuery} does, but its Levenshtein automaton (the costly part)
 * is built once per word here instead of once per field, and the result is plain terms, which the
 * highlighter finds in the indexed offsets without any automaton.
 */
final class NearMisses {

    /** A term of the index and how close it is to the word typed: 1 is the word itself. */
    record NearMiss(String term, float similarity) {
    }

    /** Near-misses kept per word, the closest and most common first. */
    static final int MAX = 10;
    /** Typos rarely hit the first letter, and keeping it makes the automaton far cheaper. */
    private static final int PREFIX = 1;
    private static final String[] FIELDS = { IndexedFields.TITLE, IndexedFields.QUESTION, IndexedFields.ANSWER };

    private NearMisses() {
    }

    static List<NearMiss> of(String term, int maxEdits, IndexReader reader) throws IOException {
        CompiledAutomaton automaton = FuzzyQuery.getFuzzyAutomaton(term, maxEdits, PREFIX, true);
        Map<String, Integer> docFreqs = new HashMap<>();
        for (String field : FIELDS) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                continue;
            }
            TermsEnum matching = automaton.getTermsEnum(terms);
            for (BytesRef candidate = matching.next(); candidate != null; candidate = matching.next()) {
                docFreqs.merge(candidate.utf8ToString(), matching.docFreq(), Integer::sum);
            }
        }
        docFreqs.remove(term); // the exact match is searched for anyway
        List<Map.Entry<String, Integer>> candidates = new ArrayList<>(docFreqs.entrySet());
        Map<String, Integer> distances = new HashMap<>();
        candidates.forEach(c -> distances.put(c.getKey(), distance(term, c.getKey())));
        candidates.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(c -> distances.get(c.getKey()))
                .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                .thenComparing(Map.Entry::getKey));
        List<NearMiss> nearMisses = new ArrayList<>(Math.min(MAX, candidates.size()));
        for (Map.Entry<String, Integer> candidate : candidates.subList(0, Math.min(MAX, candidates.size()))) {
            String text = candidate.getKey();
            int shorter = Math.min(term.codePointCount(0, term.length()), text.codePointCount(0, text.length()));
            // as FuzzyQuery weighs them: one edit in a long word matters less than in a short one
            nearMisses.add(new NearMiss(text, Math.max(0.1f, 1f - (float) distances.get(text) / shorter)));
        }
        return nearMisses;
    }

    /** Edits between two words (insert, delete, replace, swap two neighbours), by code point. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }
}
