package com.quicktakes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** One search on one commit: match and count, relax if nothing matched, page, highlight, suggest. */
final class Search {

    private static final String[] SEARCHED = { IndexedFields.TITLE, IndexedFields.QUESTION, IndexedFields.ANSWER };
    private static final Set<String> SHOWN = Set.of(IndexedFields.URL, IndexedFields.TITLE, IndexedFields.SUBJECT,
            IndexedFields.SUBJECT_NAME, IndexedFields.ANSWER);

    private final SubjectSearcher searcher;
    private final DidYouMean didYouMean;

    Search(SubjectSearcher searcher, DidYouMean didYouMean) {
        this.searcher = searcher;
        this.didYouMean = didYouMean;
    }

    SearchResults run(SearchQuery request) throws IOException {
        QueryWords words = QueryWords.parse(request.text());
        if (words.isEmpty()) {
            return SearchResults.empty(words.text(), request.page());
        }
        int page = request.page();
        boolean served = page <= SearchQuery.MAX_PAGE;
        int wanted = (served ? page : 1) * SearchQuery.PAGE_SIZE;

        Map<String, Integer> docFreqs = docFreqs(words.terms());
        Map<String, List<NearMisses.NearMiss>> nearMisses = nearMisses(docFreqs);
        Query query = words.toQuery(false, nearMisses);
        SubjectCollector matches = collect(query, wanted, request.subjectSlug());
        Map<String, Long> counts = matches.counts();
        boolean partial = false;
        if (counts.isEmpty() && words.terms().size() > 1) {
            query = words.toQuery(true, nearMisses);
            matches = collect(query, wanted, request.subjectSlug());
            counts = matches.counts();
            partial = !counts.isEmpty();
        }

        long total = request.subjectSlug() == null
                ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(request.subjectSlug(), 0L);
        int pageCount = (int) Math.min(SearchQuery.MAX_PAGE, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
        List<SearchHit> hits = served && page <= pageCount
                ? hits(query, matches.page((page - 1) * SearchQuery.PAGE_SIZE, SearchQuery.PAGE_SIZE))
                : List.of();
        // Only when the words as typed found nothing: near-misses usually rescue a typo, and the
        // spell checker was a fifth of all search time when it ran for every unknown word.
        Optional<String> suggestion = counts.isEmpty() || partial
                ? didYouMean.suggest(words, searcher.getIndexReader(), docFreqs::get)
                : Optional.empty();
        return new SearchResults(words.text(), false, total, page, pageCount, hits, subjects(counts), partial, suggestion);
    }

    private SubjectCollector collect(Query query, int wanted, String subject) throws IOException {
        SubjectCollector collector = new SubjectCollector(wanted, subject);
        searcher.search(query, collector);
        return collector;
    }

    /** Only rare or unknown words get near-misses: a word the site uses often is no typo. */
    private Map<String, List<NearMisses.NearMiss>> nearMisses(Map<String, Integer> docFreqs) throws IOException {
        Map<String, List<NearMisses.NearMiss>> nearMisses = new HashMap<>();
        for (Map.Entry<String, Integer> term : docFreqs.entrySet()) {
            int maxEdits = QueryWords.maxEdits(term.getKey());
            if (maxEdits > 0 && term.getValue() < QueryWords.FUZZY_BELOW_DOC_FREQ) {
                nearMisses.put(term.getKey(), NearMisses.of(term.getKey(), maxEdits, searcher.getIndexReader()));
            }
        }
        return nearMisses;
    }

    private Map<String, Integer> docFreqs(List<String> terms) throws IOException {
        Map<String, Integer> docFreqs = new HashMap<>();
        for (String term : terms) {
            int sum = 0;
            for (String field : SEARCHED) {
                sum += searcher.getIndexReader().docFreq(new Term(field, term));
            }
            docFreqs.put(term, sum);
        }
        return docFreqs;
    }

    private List<SearchHit> hits(Query query, TopDocs top) throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        int[] ids = new int[docs.length];
        Map<Integer, Document> documents = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
            // one read per hit: the highlighter takes its text from these too
            documents.put(ids[i], searcher.storedFields().document(ids[i], SHOWN));
        }
        Snippets.Highlighted html = Snippets.of(searcher, query, ids, documents);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document doc = documents.get(ids[i]);
            String title = doc.get(IndexedFields.TITLE);
            String titleHtml = html.titles()[i] != null ? html.titles()[i] : MarkFormatter.escape(title);
            String snippetHtml = html.answers()[i] != null ? html.answers()[i] : "";
            hits.add(new SearchHit(doc.get(IndexedFields.URL), title, titleHtml, doc.get(IndexedFields.SUBJECT),
                    doc.get(IndexedFields.SUBJECT_NAME), snippetHtml));
        }
        return hits;
    }

    private List<SubjectCount> subjects(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> new SubjectCount(e.getKey(), searcher.subjectName(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(SubjectCount::count).reversed().thenComparing(SubjectCount::name))
                .toList();
    }
}
