package com.quicktakes.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two ways text becomes terms. Built by hand rather than with {@code CustomAnalyzer}, which
 * finds its parts by name through service files: one less thing for the native image to carry.
 */
final class Analyzers {

    /**
     * For searching: words lower-cased, accents folded ("café" finds "cafe"), English stop words
     * dropped, and stemmed, so "cells" finds "cell" and "osmosis" finds "Osmosis".
     */
    static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new ASCIIFoldingFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    /**
     * Whole words, lower-cased and folded but not stemmed: the vocabulary "did you mean" picks
     * corrections from, since a stem ("photosynthesi") is no word to offer a reader.
     */
    static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    /** What the index writer uses: each field with its own analyzer. */
    static Analyzer forIndexing() {
        return new PerFieldAnalyzerWrapper(ENGLISH, Map.of(IndexedFields.SPELLING, WORDS));
    }

    private Analyzers() {
    }
}
