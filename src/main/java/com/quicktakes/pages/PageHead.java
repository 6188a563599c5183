package com.quicktakes.pages;

import java.util.List;

import com.quicktakes.web.Feed;

/**
 * What the base layout says about any page in its head, and its breadcrumb trail. Built by
 * {@link PageHeads}, so every kind of page follows the same rules.
 *
 * @param title          the {@code <title>}: unique per page, about 60 characters where possible
 * @param heading        the page's own name (its h1), for Open Graph and Twitter cards
 * @param canonicalUrl   absolute, from {@code site.base-url}; null on error pages
 * @param breadcrumbs    from the home page down to the page itself; empty on the home page
 * @param feeds          Atom feeds that cover the page
 * @param structuredData JSON-LD, already safe to put inside a script element; null for none
 * @param searchWords    what the search box in the header shows: the words searched, on a results page
 * @param subjects       every listed subject, for the navigation every page has
 */
public record PageHead(
        String siteName,
        String title,
        String heading,
        String description,
        String keywords,
        String canonicalUrl,
        boolean noIndex,
        String stylesheet,
        String icon,
        List<Breadcrumb> breadcrumbs,
        OpenGraph openGraph,
        List<Feed> feeds,
        String structuredData,
        String searchWords,
        List<SubjectLink> subjects) {

    public record SubjectLink(String name, String path) {
    }

    public record Breadcrumb(String name, String path) {
    }

    /** @param type {@code website} or {@code article}; the other two are null for a website */
    public record OpenGraph(String type, String publishedTime, String section) {

        static final OpenGraph WEBSITE = new OpenGraph("website", null, null);
    }
}
