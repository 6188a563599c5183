package com.quicktakes.pages;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.RedirectRepository;
import com.quicktakes.catalog.SitePaths;
import com.quicktakes.catalog.Subject;
import com.quicktakes.catalog.SubjectRepository;
import com.quicktakes.config.SiteConfig;
import com.quicktakes.web.PageNotFoundException;
import com.quicktakes.web.Redirects;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/** Every unknown url gets a real 404 status and a page that helps the reader on. */
public class NotFoundMapper {

    private static final Pattern SUBJECT_PATH = Pattern.compile("/learn/([^/]+)(?:/feed\\.xml)?");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(PageHead head, Subject subject);
    }

    @Inject
    PageHeads heads;

    @Inject
    RedirectRepository redirects;

    @Inject
    QuestionRepository questions;

    @Inject
    SubjectRepository subjects;

    @Inject
    SiteConfig config;

    /**
     * A page asked for under another form of its address (capitals where its url has none), or
     * one that moved, answers one 301 to where it lives; anything else gets the 404 page.
     */
    @ServerExceptionMapper
    public Response pageNotFound(PageNotFoundException e, HttpServerRequest request) {
        return destination(request.path(), SitePaths.canonicalQuery(request.query()))
                .flatMap(target -> Redirects.permanent(config, target))
                .orElseGet(() -> render(e.subject()));
    }

    private Optional<String> destination(String requested, String query) {
        String canonical = SitePaths.canonical(requested);
        for (String candidate : new LinkedHashSet<>(List.of(canonical, canonical.toLowerCase(Locale.ROOT)))) {
            if (!candidate.equals(requested) && exists(candidate)) {
                return Optional.of(candidate + query);
            }
            Optional<String> moved = redirects.target(candidate);
            if (moved.isPresent()) {
                return moved;
            }
        }
        return Optional.empty();
    }

    /** Whether a page lives at this canonical path: a question, or a subject's listing or feed. */
    private boolean exists(String path) {
        Matcher subject = SUBJECT_PATH.matcher(path);
        return subject.matches() ? subjects.findBySlug(subject.group(1)).isPresent() : questions.findByUrl(path).isPresent();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return render(null);
    }

    private Response render(Subject subject) {
        PageHead head = heads.notFound();
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.notFound(head, subject).render())
                .build();
    }
}
