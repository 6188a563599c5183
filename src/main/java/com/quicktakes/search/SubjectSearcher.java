package com.quicktakes.search;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * commit is opened (a few stored fields) rather than for every search's counts, and the results
 * of its most recent searches: popular queries and paging back and forth cost nothing, and a
 * refresh drops them with the searcher, so results never outlive the content they came from.
 */
final class SubjectSearcher extends IndexSearcher {

    static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new SubjectSearcher(reader);
        }
    };

    /** A page of results holds about 10 KB; this bounds the cache at a few megabytes. */
    static final int RECENT_RESULTS = 512;

    private final Map<String, String> subjectNames;
    private final Map<SearchQuery, SearchResults> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(RECENT_RESULTS * 4 / 3 + 1, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<SearchQuery, SearchResults> eldest) {
                    return size() > RECENT_RESULTS;
                }
            });

    private SubjectSearcher(IndexReader reader) throws IOException {
        super(reader);
        subjectNames = readSubjectNames();
    }

    SearchResults recentResults(SearchQuery query) {
        return recent.get(query);
    }

    void remember(SearchQuery query, SearchResults results) {
        recent.put(query, results);
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
