package com.quicktakes.seo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.quicktakes.SiteConfig;
import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.QuestionSummary;
import com.quicktakes.catalog.Subject;
import com.quicktakes.catalog.SubjectRepository;
import com.quicktakes.importer.ContentStatus;
import com.quicktakes.pages.PageNotFoundException;
import com.quicktakes.pages.RenderedPages;

/**
 * Atom feeds (RFC 4287) of the newest questions: {@code /feed.xml} for the site and
 * {@code /learn/<subject>/feed.xml} per subject. Unlisted ({@code no_index}) questions are in
 * neither. Rendered and cached like pages, with the same validators. (Two resource classes: a
 * class path of {@code /} would lose {@code /learn/…} urls to the subject pages' class.)
 */
@ApplicationScoped
public class Feeds {

    static final int ENTRIES = 50;
    private static final String ATOM = "application/atom+xml;charset=UTF-8";

    @Inject
    SiteConfig config;

    @Inject
    SubjectRepository subjects;

    @Inject
    QuestionRepository questions;

    @Inject
    ContentStatus status;

    @Inject
    RenderedPages pages;

    @Path("/feed.xml")
    public static class SiteFeed {
        @Inject
        Feeds feeds;

        @GET
        @Produces(ATOM)
        public Response feed(@Context Request request, @Context HttpHeaders headers) {
            return feeds.site(request, headers);
        }
    }

    @Path("/learn/{subject}/feed.xml")
    public static class SubjectFeed {
        @Inject
        Feeds feeds;

        @GET
        @Produces(ATOM)
        public Response feed(@PathParam("subject") String slug, @Context Request request, @Context HttpHeaders headers) {
            return feeds.subject(slug, request, headers);
        }
    }

    Response site(Request request, HttpHeaders headers) {
        return pages.respond(request, headers, "/feed.xml", () -> render("/feed.xml", config.name() + ": newest questions",
                "/", questions.newest(ENTRIES)));
    }

    Response subject(String slug, Request request, HttpHeaders headers) {
        String path = "/learn/" + slug + "/feed.xml";
        return pages.respond(request, headers, path, () -> {
            Subject subject = subjects.findBySlug(slug).orElseThrow(() -> new PageNotFoundException(null));
            return render(path, config.name() + ": newest " + subject.name + " questions", subject.path(),
                    questions.listing(subject, 0, ENTRIES));
        });
    }

    private RenderedPages.Rendered render(String path, String title, String pagePath, List<QuestionSummary> entries) {
        Instant feedUpdated = status.changedAt();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n");
        element(xml, "id", config.absoluteUrl(path));
        element(xml, "title", title);
        element(xml, "updated", timestamp(feedUpdated));
        xml.append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Sitemaps.escape(config.absoluteUrl(path))).append("\"/>\n");
        xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Sitemaps.escape(config.absoluteUrl(pagePath))).append("\"/>\n");
        xml.append("<author><name>").append(Sitemaps.escape(config.name())).append("</name></author>\n");
        for (QuestionSummary entry : entries) {
            String url = config.absoluteUrl(entry.url());
            xml.append("<entry>\n");
            element(xml, "id", url);
            element(xml, "title", entry.title());
            xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Sitemaps.escape(url)).append("\"/>\n");
            if (entry.published() != null) {
                element(xml, "published", date(entry.published()));
            }
            element(xml, "updated", entry.published() != null ? date(entry.published()) : timestamp(entry.updatedAt()));
            if (entry.author() != null) {
                xml.append("<author><name>").append(Sitemaps.escape(entry.author())).append("</name></author>\n");
            }
            xml.append("<category term=\"").append(Sitemaps.escape(entry.subjectName())).append("\"/>\n");
            if (entry.description() != null) {
                element(xml, "summary", entry.description());
            }
            xml.append("</entry>\n");
        }
        xml.append("</feed>\n");
        return new RenderedPages.Rendered(xml.toString(), ATOM, feedUpdated);
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append('<').append(name).append('>').append(Sitemaps.escape(text)).append("</").append(name).append(">\n");
    }

    /** Atom dates are RFC 3339 date-times; a calendar date counts from its midnight in UTC. */
    private static String date(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
