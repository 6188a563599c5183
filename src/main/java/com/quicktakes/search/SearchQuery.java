package com.quicktakes.search;

import java.util.Objects;

/**
 * A search as the user asked it: any text at all (it is analysed, never parsed as query syntax),
 * an optional subject slug to restrict the hits to, and a 1-based page of {@link #PAGE_SIZE} hits.
 */
public record SearchQuery(String text, String subjectSlug, int page) {

    public static final int PAGE_SIZE = 20;
    /** Deeper pages are not served: collecting them costs more and nobody reads them. */
    public static final int MAX_PAGE = 50;

    public SearchQuery {
        text = Objects.requireNonNullElse(text, "");
        subjectSlug = subjectSlug == null || subjectSlug.isBlank() ? null : subjectSlug.strip();
        page = Math.max(1, page);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, 1);
    }

    public SearchQuery inSubject(String slug) {
        return new SearchQuery(text, slug, page);
    }

    public SearchQuery onPage(int number) {
        return new SearchQuery(text, subjectSlug, number);
    }
}
