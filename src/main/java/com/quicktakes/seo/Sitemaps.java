package com.quicktakes.seo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.quicktakes.SiteConfig;
import com.quicktakes.catalog.PageStart;
import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.QuestionSummary;
import com.quicktakes.catalog.Subject;
import com.quicktakes.catalog.SubjectRepository;
import com.quicktakes.importer.ContentStatus;
import com.quicktakes.pages.RenderedPages;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sitemaps (sitemaps.org 0.9). {@code /sitemap.xml} is an index of: {@code /sitemaps/pages.xml}
 * (the home page and every page of every subject's listing) and, per subject, files of at most
 * 50,000 question urls ({@code /sitemaps/<subject>-<n>.xml}), cut along the subject's listing so
 * that each file is an index range of the database. Files are written as a stream, a thousand
 * rows at a time: no file, however large the site, needs its list in memory. Unlisted
 * ({@code no_index}) questions are in none of them. (Resource classes of their own: a class path
 * of {@code /} would lose to the site's catch-all for unknown paths.)
 */
@ApplicationScoped
public class Sitemaps {

    public static final String INDEX = "/sitemap.xml";
    static final int URLS_PER_FILE = 50_000;
    private static final int ROWS_PER_QUERY = 1_000;
    private static final int LISTING_PAGE_SIZE = 50;
    private static final Pattern QUESTION_FILE = Pattern.compile("(.+)-([1-9][0-9]{0,5})\\.xml");
    private static final String XML = "application/xml;charset=UTF-8";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

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

    @Path(INDEX)
    public static class Index {
        @Inject
        Sitemaps sitemaps;

        @GET
        @Produces(XML)
        public Response index(@Context Request request, @Context HttpHeaders headers) {
            return sitemaps.index(request, headers);
        }
    }

    @Path("/sitemaps/{file}")
    public static class File {
        @Inject
        Sitemaps sitemaps;

        @GET
        @Produces(XML)
        public Response file(@PathParam("file") String file, @Context Request request) {
            return sitemaps.file(file, request);
        }
    }

    Response index(Request request, HttpHeaders headers) {
        return pages.respond(request, headers, INDEX, () -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + NAMESPACE + "\">\n");
            List<QuestionSummary> newest = questions.newest(1);
            entry(xml, "sitemap", config.absoluteUrl("/sitemaps/pages.xml"), newest.isEmpty() ? null : newest.get(0).published());
            for (Subject subject : subjects.listed()) {
                for (int file = 1; (file - 1) * URLS_PER_FILE < subject.questionCount; file++) {
                    List<QuestionSummary> first = questions.listing(subject, (file - 1) * URLS_PER_FILE, 1);
                    entry(xml, "sitemap", config.absoluteUrl("/sitemaps/" + subject.slug + "-" + file + ".xml"),
                            first.isEmpty() ? null : first.get(0).published());
                }
            }
            xml.append("</sitemapindex>\n");
            return new RenderedPages.Rendered(xml.toString(), XML, status.changedAt());
        });
    }

    Response file(String file, Request request) {
        StreamingOutput body;
        if (file.equals("pages.xml")) {
            body = stream(this::writePages);
        } else {
            Matcher matcher = QUESTION_FILE.matcher(file);
            if (!matcher.matches()) {
                throw new NotFoundException();
            }
            Subject subject = subjects.findBySlug(matcher.group(1)).orElseThrow(NotFoundException::new);
            int number = Integer.parseInt(matcher.group(2));
            int first = (number - 1) * URLS_PER_FILE;
            if (first >= subject.questionCount) {
                throw new NotFoundException();
            }
            body = stream(out -> writeQuestions(out, subject, first));
        }
        return pages.respondStreamed(request, "/sitemaps/" + file, body, XML);
    }

    private interface XmlBody {
        void write(Writer out) throws IOException;
    }

    private StreamingOutput stream(XmlBody body) {
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NAMESPACE + "\">\n");
            QuarkusTransaction.requiringNew().run(() -> {
                try {
                    body.write(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.write("</urlset>\n");
            out.flush();
        };
    }

    /** The home page, then every page of every listing, dated by its newest question. */
    private void writePages(Writer out) throws IOException {
        List<QuestionSummary> newest = questions.newest(1);
        out.write(entry(new StringBuilder(), "url", config.absoluteUrl("/"), newest.isEmpty() ? null : newest.get(0).published()).toString());
        for (Subject subject : subjects.listed()) {
            int rowsPerQuery = ROWS_PER_QUERY * LISTING_PAGE_SIZE;
            for (int position = 0; position < subject.questionCount; position += rowsPerQuery) {
                StringBuilder chunk = new StringBuilder();
                for (PageStart start : questions.pageStarts(subject, position, rowsPerQuery, LISTING_PAGE_SIZE)) {
                    int page = start.position() / LISTING_PAGE_SIZE + 1;
                    String path = page == 1 ? subject.path() : subject.path() + "?page=" + page;
                    entry(chunk, "url", config.absoluteUrl(path), start.published());
                }
                out.write(chunk.toString());
            }
        }
    }

    private void writeQuestions(Writer out, Subject subject, int first) throws IOException {
        int end = Math.min(subject.questionCount, first + URLS_PER_FILE);
        for (int position = first; position < end; position += ROWS_PER_QUERY) {
            StringBuilder chunk = new StringBuilder(ROWS_PER_QUERY * 150);
            for (QuestionSummary question : questions.listing(subject, position, Math.min(ROWS_PER_QUERY, end - position))) {
                entry(chunk, "url", config.absoluteUrl(question.url()), question.published());
            }
            out.write(chunk.toString());
        }
    }

    private static StringBuilder entry(StringBuilder xml, String element, String location, LocalDate lastModified) {
        xml.append('<').append(element).append("><loc>").append(escape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        return xml.append("</").append(element).append(">\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
