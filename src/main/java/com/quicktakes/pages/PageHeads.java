package com.quicktakes.pages;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.quicktakes.SiteConfig;

/** Builds the {@link Page} of each kind of page, so titles and canonical urls follow one rule. */
@ApplicationScoped
public class PageHeads {

    /** Search engines show about this many characters of a title. */
    static final int TITLE_LENGTH = 60;

    @Inject
    SiteConfig config;

    @Inject
    Assets assets;

    public Page page(String title, String description, String keywords, String path, boolean noIndex,
            List<Page.Breadcrumb> breadcrumbs) {
        return new Page(config.name(), title, description, keywords, config.absoluteUrl(path), noIndex,
                assets.stylesheetPath(), breadcrumbs);
    }

    /**
     * The most specific title that fits: question, subject and site name when they fit in about
     * 60 characters, else the question and site name, else the question alone.
     */
    public String title(String... parts) {
        String site = config.name();
        String full = String.join(" | ", parts) + " | " + site;
        if (full.length() <= TITLE_LENGTH || parts.length == 1) {
            return full.length() <= TITLE_LENGTH ? full : shortest(parts[0], site);
        }
        return shortest(parts[0], site);
    }

    private static String shortest(String first, String site) {
        String withSite = first + " | " + site;
        return withSite.length() <= TITLE_LENGTH ? withSite : first;
    }

    public String siteName() {
        return config.name();
    }
}
