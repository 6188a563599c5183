package com.quicktakes.pages;

import java.util.List;

/**
 * What the base layout needs to know about any page: its head (title, description, canonical
 * url, robots) and its breadcrumb trail.
 *
 * @param canonicalUrl absolute, from {@code site.base-url}
 * @param breadcrumbs  from the home page down to the page itself; empty on the home page
 */
public record Page(
        String siteName,
        String title,
        String description,
        String keywords,
        String canonicalUrl,
        boolean noIndex,
        String stylesheet,
        List<Breadcrumb> breadcrumbs) {

    public record Breadcrumb(String name, String path) {
    }
}
