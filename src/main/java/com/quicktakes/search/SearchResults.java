package com.quicktakes.search;

import java.util.List;
import java.util.Optional;

/**
 * One page of results.
 *
 * @param query        the text that was searched: the input stripped and cut to the length limit
 * @param emptyQuery   the input had nothing to search for (blank, punctuation, only stop words):
 *                     no hits, no counts; show the empty search page rather than "no results"
 * @param totalHits    matching questions, within the subject filter when there is one
 * @param page         the page asked for (1-based); past {@link #pageCount} it has no hits
 * @param pageCount    pages there are, at most {@link SearchQuery#MAX_PAGE}
 * @param hits         this page's hits, best first
 * @param subjects     matching questions per subject for the query without the subject filter,
 *                     most first; empty when nothing matches
 * @param partialMatch no question matched enough of the words, so these hits match some of them
 * @param suggestion   "did you mean", when no question matched enough of the words as typed: the
 *                     query with its unknown words corrected to close words of the index; plain
 *                     text, lower case
 */
public record SearchResults(String query, boolean emptyQuery, long totalHits, int page, int pageCount,
        List<SearchHit> hits, List<SubjectCount> subjects, boolean partialMatch, Optional<String> suggestion) {

    public SearchResults {
        hits = List.copyOf(hits);
        subjects = List.copyOf(subjects);
    }

    static SearchResults empty(String query, int page) {
        return new SearchResults(query, true, 0, page, 0, List.of(), List.of(), false, Optional.empty());
    }
}
