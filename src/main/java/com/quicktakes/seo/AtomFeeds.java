package com.quicktakes.seo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.quicktakes.config.SiteConfig;
import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.QuestionSummary;
import com.quicktakes.catalog.SitePaths;
import com.quicktakes.catalog.Subject;
import com.quicktakes.catalog.SubjectRepository;
import com.quicktakes.web.Feed;
import com.quicktakes.web.PageCache;
import com.quicktakes.web.PageNotFoundException;

/**
 * Atom feeds (RFC 4287) of the newest questions: one for the site ({@link SiteFeedResource}) and
 * one per subject ({@link SubjectFeedResource}). Unlisted ({@code no_index}) questions are in
 * neither. Rendered and cached like pages, with the same validators.
 */
@ApplicationScoped
public class AtomFeeds {

    static final int ENTRIES = 50;
    static final String ATOM = "application/atom+xml;charset=UTF-8";

    @Inject
    SiteConfig config;

    @Inject
    SubjectRepository subjects;

    @Inject
    QuestionRepository questions;

    @Inject
    ContentStatus status;

    @Inject
    PageCache pages;

    Response site(Request request, HttpHeaders headers) {
        Feed feed = Feed.site(config.name());
        return pages.respond(request, headers, feed.path(), () -> render(feed, SitePaths.HOME, questions.newest(ENTRIES)));
    }

    Response subject(String slug, Request request, HttpHeaders headers) {
        return pages.respond(request, headers, SitePaths.subjectFeed(slug), () -> {
            Subject subject = subjects.findBySlug(slug).orElseThrow(() -> new PageNotFoundException(null));
            return render(Feed.subject(config.name(), subject), subject.path(), questions.listing(subject, 0, ENTRIES));
        });
    }

    /** @param pagePath the page whose newest questions the feed lists */
    private PageCache.Rendered render(Feed feed, String pagePath, List<QuestionSummary> entries) {
        Instant feedUpdated = status.changedAt();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n");
        element(xml, "id", config.absoluteUrl(feed.path()));
        element(xml, "title", feed.title());
        element(xml, "updated", timestamp(feedUpdated));
        link(xml, "self", "application/atom+xml", config.absoluteUrl(feed.path()));
        link(xml, "alternate", "text/html", config.absoluteUrl(pagePath));
        author(xml, config.name());
        for (QuestionSummary entry : entries) {
            String url = config.absoluteUrl(entry.url());
            xml.append("<entry>\n");
            element(xml, "id", url);
            element(xml, "title", entry.title());
            link(xml, "alternate", "text/html", url);
            if (entry.published() != null) {
                element(xml, "published", date(entry.published()));
            }
            element(xml, "updated", entry.published() != null ? date(entry.published()) : timestamp(entry.updatedAt()));
            if (entry.author() != null) {
                author(xml, entry.author());
            }
            xml.append("<category term=\"").append(Xml.escape(entry.subjectName())).append("\"/>\n");
            if (entry.description() != null) {
                element(xml, "summary", entry.description());
            }
            xml.append("</entry>\n");
        }
        xml.append("</feed>\n");
        return new PageCache.Rendered(xml.toString(), ATOM, feedUpdated);
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append('<').append(name).append('>').append(Xml.escape(text)).append("</").append(name).append(">\n");
    }

    private static void link(StringBuilder xml, String rel, String type, String href) {
        xml.append("<link rel=\"").append(rel).append("\" type=\"").append(type).append("\" href=\"")
                .append(Xml.escape(href)).append("\"/>\n");
    }

    private static void author(StringBuilder xml, String name) {
        xml.append("<author><name>").append(Xml.escape(name)).append("</name></author>\n");
    }

    /** Atom dates are RFC 3339 date-times; a calendar date counts from its midnight in UTC. */
    private static String date(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
