package com.quicktakes.pages;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.quicktakes.SiteConfig;
import com.quicktakes.catalog.Question;
import com.quicktakes.catalog.Subject;

/**
 * Builds the head of each kind of page, so that titles, descriptions, canonical urls, feeds,
 * Open Graph and structured data follow one set of rules (see {@code docs/seo.md}).
 */
@ApplicationScoped
public class PageHeads {

    /** Search engines show about this many characters of a title. */
    static final int TITLE_LENGTH = 60;
    static final String SITE_FEED = "/feed.xml";

    @Inject
    SiteConfig config;

    @Inject
    Assets assets;

    @Inject
    StructuredData structuredData;

    public Page home(String description) {
        String title = config.name() + " | Study answers, one question at a time";
        return page(title, config.name(), description, null, "/", false, List.of(), website(), siteFeed(),
                structuredData.website());
    }

    public Page subject(Subject subject, int pageNumber, String path, String description) {
        String name = subject.name + " questions and answers" + (pageNumber > 1 ? ", page " + pageNumber : "");
        List<Page.Breadcrumb> breadcrumbs = List.of(new Page.Breadcrumb("Home", "/"), new Page.Breadcrumb(subject.name, subject.path()));
        List<Page.Feed> feeds = new ArrayList<>(siteFeed());
        feeds.add(0, subjectFeed(subject));
        return page(title(name), name, description, null, path, false, breadcrumbs, website(), feeds,
                structuredData.collection(subject, config.absoluteUrl(path), description, breadcrumbs));
    }

    public Page question(Question question) {
        Subject subject = question.subject;
        List<Page.Breadcrumb> breadcrumbs = List.of(new Page.Breadcrumb("Home", "/"),
                new Page.Breadcrumb(subject.name, subject.path()), new Page.Breadcrumb(question.title, question.url));
        String title = question.titleShared ? title(question.title + " | " + subject.name) : title(question.title, subject.name);
        String description = question.descriptionShared ? question.title + ": " + question.description : question.description;
        Page.OpenGraph article = new Page.OpenGraph("article",
                question.published == null ? null : question.published.toString(), subject.name);
        List<Page.Feed> feeds = new ArrayList<>(siteFeed());
        feeds.add(0, subjectFeed(subject));
        return page(title, question.title, description, question.keywords, question.url, question.noIndex, breadcrumbs,
                article, feeds, structuredData.article(question, description, breadcrumbs));
    }

    public Page notFound() {
        return page(title("Page not found"), "Page not found", null, null, null, true, List.of(), website(), List.of(), null);
    }

    /**
     * The most specific title that fits: the parts and the site name when they fit in about 60
     * characters, else the first part and the site name, else the first part alone.
     */
    String title(String... parts) {
        String site = config.name();
        String full = String.join(" | ", parts) + " | " + site;
        if (full.length() <= TITLE_LENGTH) {
            return full;
        }
        String withSite = parts[0] + " | " + site;
        return withSite.length() <= TITLE_LENGTH ? withSite : parts[0];
    }

    public String siteName() {
        return config.name();
    }

    private Page page(String title, String heading, String description, String keywords, String path, boolean noIndex,
            List<Page.Breadcrumb> breadcrumbs, Page.OpenGraph openGraph, List<Page.Feed> feeds, String jsonLd) {
        return new Page(config.name(), title, heading, description, keywords, path == null ? null : config.absoluteUrl(path),
                noIndex || !config.indexing(), assets.stylesheetPath(), assets.iconPath(), breadcrumbs, openGraph, feeds, jsonLd);
    }

    private static Page.OpenGraph website() {
        return new Page.OpenGraph("website", null, null);
    }

    private List<Page.Feed> siteFeed() {
        return List.of(new Page.Feed(config.name() + ": newest questions", SITE_FEED));
    }

    private Page.Feed subjectFeed(Subject subject) {
        return new Page.Feed(config.name() + ": newest " + subject.name + " questions", subject.path() + "/feed.xml");
    }
}
