package com.quicktakes.pages;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.quicktakes.config.SiteConfig;
import com.quicktakes.catalog.ListedSubjects;
import com.quicktakes.catalog.Question;
import com.quicktakes.catalog.SitePaths;
import com.quicktakes.catalog.Subject;
import com.quicktakes.web.Feed;

/**
 * Builds the head of each kind of page, so that titles, descriptions, canonical urls, feeds,
 * Open Graph and structured data follow one set of rules (see {@code docs/seo.md}).
 */
@ApplicationScoped
public class PageHeads {

    /** Search engines show about this many characters of a title. */
    static final int TITLE_LENGTH = 60;

    @Inject
    SiteConfig config;

    @Inject
    AssetResource assets;

    @Inject
    StructuredData structuredData;

    @Inject
    ListedSubjects listedSubjects;

    public PageHead home(String description) {
        return new Builder(config.name() + " | Study answers, one question at a time", config.name())
                .description(description)
                .path(SitePaths.HOME)
                .feeds(List.of(Feed.site(config.name())))
                .structuredData(structuredData.website())
                .build();
    }

    public PageHead subject(Subject subject, int pageNumber, String description) {
        String name = subject.name + " questions and answers" + (pageNumber > 1 ? ", page " + pageNumber : "");
        String path = SitePaths.subjectPage(subject.slug, pageNumber);
        List<PageHead.Breadcrumb> breadcrumbs = List.of(home(), new PageHead.Breadcrumb(subject.name, subject.path()));
        return new Builder(title(name), name)
                .description(description)
                .path(path)
                .breadcrumbs(breadcrumbs)
                .feeds(List.of(Feed.subject(config.name(), subject), Feed.site(config.name())))
                .structuredData(structuredData.collection(subject, config.absoluteUrl(path), description, breadcrumbs))
                .build();
    }

    public PageHead question(Question question) {
        Subject subject = question.subject;
        List<PageHead.Breadcrumb> breadcrumbs = List.of(home(), new PageHead.Breadcrumb(subject.name, subject.path()),
                new PageHead.Breadcrumb(question.title, question.url));
        String title = question.titleShared ? title(question.title + " | " + subject.name) : title(question.title, subject.name);
        String description = question.descriptionShared ? question.title + ": " + question.description : question.description;
        return new Builder(title, question.title)
                .description(description)
                .keywords(question.keywords)
                .path(question.url)
                .noIndex(question.noIndex)
                .breadcrumbs(breadcrumbs)
                .openGraph(new PageHead.OpenGraph("article",
                        question.published == null ? null : question.published.toString(), subject.name))
                .feeds(List.of(Feed.subject(config.name(), subject), Feed.site(config.name())))
                .structuredData(structuredData.article(question, description, breadcrumbs))
                .build();
    }

    /**
     * A page of search results: never indexed (search engines should index the questions, not
     * our lists of them), with the canonical address of its query.
     */
    public PageHead search(String words, String address) {
        String name = words.isEmpty() ? "Search" : "Search: " + words;
        return new Builder(title(name), name)
                .description(words.isEmpty() ? "Search " + config.name() + "'s questions and answers."
                        : config.name() + "'s questions and answers that match \u201c" + words + "\u201d.")
                .path(address)
                .noIndex(true)
                .breadcrumbs(List.of(home(), new PageHead.Breadcrumb("Search", SitePaths.SEARCH)))
                .searchWords(words)
                .build();
    }

    /** An error page: no canonical url, nothing to index. */
    public PageHead notFound() {
        return new Builder(title("Page not found"), "Page not found").noIndex(true).build();
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

    /** Every page links to the listed subjects. */
    private List<PageHead.SubjectLink> subjectLinks() {
        return listedSubjects.all().stream().map(subject -> new PageHead.SubjectLink(subject.name, subject.path())).toList();
    }

    private static PageHead.Breadcrumb home() {
        return new PageHead.Breadcrumb("Home", SitePaths.HOME);
    }

    /** One page's head, by name; what is not set is absent (a website with no canonical url, feeds or JSON-LD). */
    private final class Builder {
        private final String title;
        private final String heading;
        private String description;
        private String keywords;
        private String path;
        private boolean noIndex;
        private List<PageHead.Breadcrumb> breadcrumbs = List.of();
        private PageHead.OpenGraph openGraph = PageHead.OpenGraph.WEBSITE;
        private List<Feed> feeds = List.of();
        private String structuredData;
        private String searchWords;

        Builder(String title, String heading) {
            this.title = title;
            this.heading = heading;
        }

        Builder description(String description) {
            this.description = description;
            return this;
        }

        Builder keywords(String keywords) {
            this.keywords = keywords;
            return this;
        }

        /** The page's own path: its canonical url is made from it. */
        Builder path(String path) {
            this.path = path;
            return this;
        }

        Builder noIndex(boolean noIndex) {
            this.noIndex = noIndex;
            return this;
        }

        Builder breadcrumbs(List<PageHead.Breadcrumb> breadcrumbs) {
            this.breadcrumbs = breadcrumbs;
            return this;
        }

        Builder openGraph(PageHead.OpenGraph openGraph) {
            this.openGraph = openGraph;
            return this;
        }

        Builder feeds(List<Feed> feeds) {
            this.feeds = feeds;
            return this;
        }

        Builder structuredData(String structuredData) {
            this.structuredData = structuredData;
            return this;
        }

        Builder searchWords(String searchWords) {
            this.searchWords = searchWords;
            return this;
        }

        PageHead build() {
            return new PageHead(config.name(), title, heading, description, keywords,
                    path == null ? null : config.absoluteUrl(path), noIndex || !config.indexing(),
                    assets.stylesheetPath(), assets.iconPath(), breadcrumbs, openGraph, feeds, structuredData,
                    searchWords, subjectLinks());
        }
    }
}
