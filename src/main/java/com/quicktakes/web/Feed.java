package com.quicktakes.web;

import com.quicktakes.catalog.SitePaths;
import com.quicktakes.catalog.Subject;

/**
 * An Atom feed of the site: its title and path. The one place feeds are named, for the pages
 * that link to them and for the feeds themselves.
 */
public record Feed(String title, String path) {

    /** The site's newest questions. */
    public static Feed site(String siteName) {
        return new Feed(siteName + ": newest questions", SitePaths.SITE_FEED);
    }

    /** A subject's newest questions. */
    public static Feed subject(String siteName, Subject subject) {
        return new Feed(siteName + ": newest " + subject.name + " questions", SitePaths.subjectFeed(subject.slug));
    }
}
