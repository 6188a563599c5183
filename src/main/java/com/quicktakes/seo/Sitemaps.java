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

import com.quicktakes.config.SiteConfig;
import com.quicktakes.catalog.PageStart;
import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.QuestionSummary;
import com.quicktakes.catalog.Subject;
import com.quicktakes.catalog.SubjectRepository;
import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.catalog.SitePaths;
import com.quicktakes.web.PageCache;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sitemaps (sitemaps.org 0.9). {@code /sitemap.xml} is an index of: {@code /sitemaps/pages.xml}
 * (the home page and every page of every subject's listing) and, per subject, files of at most
 * 50,000 question urls ({@code /sitemaps/<subject>-<n>.xml}), cut along the subject's listing so
 * that each file is an index range of the database. Files are written as a stream, a thousand
 * rows at a time: no file, however large the site, needs its list in memory. Unlisted
 * ({@code no_index}) questions are in none of them. Served by {@link SitemapIndexResource} and
 * {@link SitemapFileResource}.
 */
@ApplicationScoped
public class Sitemaps {

    static final int URLS_PER_FILE = 50_000;
    private static final int ROWS_PER_QUERY = 1_000;
    private static final Pattern QUESTION_FILE = Pattern.compile("(.+)-([1-9][0-9]{0,5})\\.xml");
    static final String XML = "application/xml;charset=UTF-8";
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
    PageCache pages;

    Response index(Request request, HttpHeaders headers) {
        return pages.respond(request, headers, SitePaths.SITEMAP_INDEX, () -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + NAMESPACE + "\">\n");
            List<QuestionSummary> newest = questions.newest(1);
            entry(xml, "sitemap", config.absoluteUrl(SitePaths.SITEMAP_OF_PAGES), newest.isEmpty() ? null : newest.get(0).published());
            for (Subject subject : subjects.listed()) {
                for (int file = 1; (file - 1) * URLS_PER_FILE < subject.questionCount; file++) {
                    List<QuestionSummary> first = questions.listing(subject, (file - 1) * URLS_PER_FILE, 1);
                    entry(xml, "sitemap", config.absoluteUrl(SitePaths.sitemapOfQuestions(subject.slug, file)),
                            first.isEmpty() ? null : first.get(0).published());
                }
            }
            xml.append("</sitemapindex>\n");
            return new PageCache.Rendered(xml.toString(), XML, status.changedAt());
        });
    }

    Response file(String file, Request request, HttpHeaders headers) {
        String path = "/sitemaps/" + file;
        StreamingOutput body;
        if (path.equals(SitePaths.SITEMAP_OF_PAGES)) {
            body = stream(this::writePages);
        } else {
            Matcher matcher = QUESTION_FILE.matcher(file);
            if (!matcher.matches()) {
                throw new NotFoundException();
            }
            Subject subject = subjects.findBySlug(matcher.group(1)).orElseThrow(NotFoundException::new);
            // In long arithmetic: file 85,900 of a subject would overflow an int and wrap around to file 1.
            long first = (Long.parseLong(matcher.group(2)) - 1) * URLS_PER_FILE;
            if (first >= subject.questionCount) {
                throw new NotFoundException();
            }
            body = stream(out -> writeQuestions(out, subject, (int) first));
        }
        return pages.respondStreamed(request, headers, path, body, XML);
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
            int rowsPerQuery = ROWS_PER_QUERY * SitePaths.LISTING_PAGE_SIZE;
            for (int position = 0; position < subject.questionCount; position += rowsPerQuery) {
                StringBuilder chunk = new StringBuilder();
                for (PageStart start : questions.pageStarts(subject, position, rowsPerQuery, SitePaths.LISTING_PAGE_SIZE)) {
                    int page = start.position() / SitePaths.LISTING_PAGE_SIZE + 1;
                    entry(chunk, "url", config.absoluteUrl(SitePaths.subjectPage(subject.slug, page)), start.published());
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
        xml.append('<').append(element).append("><loc>").append(Xml.escape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        return xml.append("</").append(element).append(">\n");
    }
}
