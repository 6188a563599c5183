package com.quicktakes.search;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What Lucene loads by name, registered for the native image (where Quarkus turns GraalVM's
 * automatic service loading off): the codec parts its service files list (every provider of each
 * service, since a lookup instantiates them all; the files themselves are in
 * {@code quarkus.native.resources.includes}), and the attribute implementations its token
 * streams and fuzzy queries find with {@code Class.forName}. Checked by {@code NativeSourcesIT}.
 */
@RegisterForReflection(targets = {
        org.apache.lucene.codecs.lucene912.Lucene912Codec.class,
        org.apache.lucene.codecs.lucene912.Lucene912PostingsFormat.class,
        org.apache.lucene.codecs.lucene90.Lucene90DocValuesFormat.class,
        org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat.class,
        org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat.class,
        org.apache.lucene.codecs.lucene99.Lucene99ScalarQuantizedVectorsFormat.class,
        org.apache.lucene.search.suggest.document.Completion50PostingsFormat.class,
        org.apache.lucene.search.suggest.document.Completion84PostingsFormat.class,
        org.apache.lucene.search.suggest.document.Completion90PostingsFormat.class,
        org.apache.lucene.search.suggest.document.Completion99PostingsFormat.class,
        org.apache.lucene.search.suggest.document.Completion912PostingsFormat.class,
        org.apache.lucene.search.SortField.Provider.class,
        org.apache.lucene.search.SortedNumericSortField.Provider.class,
        org.apache.lucene.search.SortedSetSortField.Provider.class,
        org.apache.lucene.analysis.tokenattributes.KeywordAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.PackedTokenAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.FlagsAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.PayloadAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.TermFrequencyAttributeImpl.class,
        org.apache.lucene.search.BoostAttributeImpl.class,
        org.apache.lucene.search.MaxNonCompetitiveBoostAttributeImpl.class }, classNames = {
                "org.apache.lucene.search.FuzzyTermsEnum$AutomatonAttributeImpl" })
final class LuceneReflection {

    private LuceneReflection() {
    }
}
