package com.quicktakes.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * A searcher over one commit, with the display name of each subject in it, read once when the
 * commit is opened (a few stored fields) rather than for every search's counts.
 */
final class SubjectSearcher extends IndexSearcher {

    static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new SubjectSearcher(reader);
        }
    };

    private final Map<String, String> subjectNames;

    private SubjectSearcher(IndexReader reader) throws IOException {
        super(reader);
        subjectNames = readSubjectNames();
    }

    /** The subject's name as its questions give it; the slug for a subject the commit lacks. */
    String subjectName(String slug) {
        return subjectNames.getOrDefault(slug, slug);
    }

    private Map<String, String> readSubjectNames() throws IOException {
        Map<String, String> names = new HashMap<>();
        Terms slugs = MultiTerms.getTerms(getIndexReader(), IndexedFields.SUBJECT);
        if (slugs == null) {
            return names;
        }
        TermsEnum terms = slugs.iterator();
        for (BytesRef slug = terms.next(); slug != null; slug = terms.next()) {
            String text = slug.utf8ToString();
            TopDocs first = search(new TermQuery(new Term(IndexedFields.SUBJECT, text)), 1);
            if (first.scoreDocs.length > 0) {
                String name = storedFields().document(first.scoreDocs[0].doc, Set.of(IndexedFields.SUBJECT_NAME))
                        .get(IndexedFields.SUBJECT_NAME);
                names.put(text, name == null ? text : name);
            }
        }
        return names;
    }
}
