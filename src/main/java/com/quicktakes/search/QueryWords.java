package com.quicktakes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The user's input as words, and the Lucene query made of them. The input is only ever analysed,
 * never parsed, so no character in it has a meaning: {@code title:(}, {@code "}, {@code *},
 * {@code AND}, {@code ~} or {@code \} are just text that the tokenizer drops or keeps as words.
 * Length and word count are capped, which bounds the work a query can cause.
 *
 * @param text  the input as searched: stripped and cut to {@link #MAX_CHARS}
 * @param words every word of it up to the cap, stop words included (for "did you mean")
 */
record QueryWords(String text, List<Word> words) {

    /** Far more than any real question; a pasted essay is cut here. */
    static final int MAX_CHARS = 256;
    /** Words searched for (stop words not counted); further words are ignored. */
    static final int MAX_TERMS = 16;

    static final float TITLE_BOOST = 3f;
    static final float QUESTION_BOOST = 2f;
    /** A near-miss counts at most this much of an exact match, so exact matches always rank first. */
    static final float FUZZY_WEIGHT = 0.2f;
    /**
     * Near-misses are searched for words in fewer questions than this: a word the site uses
     * often is no typo, and its near-misses would only add other words' questions (and cost
     * the most expensive part of a search).
     */
    static final int FUZZY_BELOW_DOC_FREQ = 3;
    /** Longer words are no typos of real words; fuzzy matching on them would only cost time. */
    static final int MAX_FUZZY_LENGTH = 40;

    /**
     * A word as typed (lower-cased) and the term it is searched as, null for a stop word.
     */
    record Word(String text, String term) {
    }

    static QueryWords parse(String input) {
        String text = cut(input.strip());
        List<Word> words = new ArrayList<>();
        Set<String> terms = new LinkedHashSet<>();
        for (String word : tokens(Analyzers.WORDS, text)) {
            List<String> stems = tokens(Analyzers.ENGLISH, word);
            String term = stems.isEmpty() ? null : stems.get(0);
            if (term != null && !terms.contains(term) && terms.size() == MAX_TERMS) {
                break;
            }
            if (term != null) {
                terms.add(term);
            }
            words.add(new Word(word, term));
        }
        return new QueryWords(text, List.copyOf(words));
    }

    /** The distinct terms searched for, in the order typed. */
    List<String> terms() {
        return words.stream().map(Word::term).filter(t -> t != null).distinct().toList();
    }

    boolean isEmpty() {
        return terms().isEmpty();
    }

    /**
     * Each term may match the title, the question or the answer, exactly or as one of its
     * near-misses (found for rare or unknown terms only). A strict query needs most terms (all of
     * one or two, three of four …) so that filler words a reader adds do not sink every hit; a
     * relaxed one needs any. At most 16 terms × (1 + 10 near-misses) × 3 fields: well under
     * Lucene's limit of 1,024 clauses.
     *
     * @param nearMisses the near-misses of each term that has any
     */
    Query toQuery(boolean relaxed, Map<String, List<NearMisses.NearMiss>> nearMisses) {
        List<String> terms = terms();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(termQuery(term, nearMisses.getOrDefault(term, List.of())), Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch(relaxed ? 1 : strictMinimum(terms.size()));
        return query.build();
    }

    static int strictMinimum(int terms) {
        return terms <= 2 ? terms : terms - terms / 4;
    }

    private static Query termQuery(String term, List<NearMisses.NearMiss> nearMisses) {
        Query exact = fields(term);
        if (nearMisses.isEmpty()) {
            return exact;
        }
        BooleanQuery.Builder fuzzy = new BooleanQuery.Builder();
        for (NearMisses.NearMiss nearMiss : nearMisses) {
            fuzzy.add(new BoostQuery(fields(nearMiss.term()), FUZZY_WEIGHT * nearMiss.similarity()), Occur.SHOULD);
        }
        // the better of the two, not their sum: a near-miss adds nothing to an exact match
        return new DisjunctionMaxQuery(List.of(exact, fuzzy.build()), 0f);
    }

    private static Query fields(String term) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(IndexedFields.TITLE, term)), TITLE_BOOST), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(IndexedFields.QUESTION, term)), QUESTION_BOOST), Occur.SHOULD)
                .add(new TermQuery(new Term(IndexedFields.ANSWER, term)), Occur.SHOULD)
                .build();
    }

    /** One typo in a word of five letters or more, two from eight: short words have too many neighbours. */
    static int maxEdits(String term) {
        int length = term.codePointCount(0, term.length());
        if (length < 5 || length > MAX_FUZZY_LENGTH) {
            return 0;
        }
        return length < 8 ? 1 : 2;
    }

    private static String cut(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
        return tokens;
    }
}
