package com.quicktakes.pages;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.QuestionSummary;
import com.quicktakes.catalog.Subject;
import com.quicktakes.catalog.SubjectRepository;
import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.catalog.SitePaths;
import com.quicktakes.web.PageCache;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /}: the subjects with their question counts, and the newest questions. */
@Path("/")
public class HomeResource {

    static final int NEWEST = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageHead head, List<Subject> subjects, List<QuestionSummary> newest);
    }

    @Inject
    PageHeads heads;

    @Inject
    SubjectRepository subjects;

    @Inject
    QuestionRepository questions;

    @Inject
    ContentStatus status;

    @Inject
    PageCache pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home(@Context Request request, @Context HttpHeaders headers) {
        return pages.respond(request, headers, SitePaths.HOME, this::render);
    }

    private PageCache.Rendered render() {
        List<Subject> listed = subjects.listed();
        int total = listed.stream().mapToInt(s -> s.questionCount).sum();
        String description = heads.siteName() + ": clear, worked answers to " + total + " school questions in "
                + listed.size() + " subjects, from " + String.join(", ", listed.stream().limit(4).map(s -> s.name).toList())
                + (listed.size() > 4 ? " and more." : ".");
        PageHead head = heads.home(description);
        String html = Templates.home(head, listed, questions.newest(NEWEST)).render();
        return new PageCache.Rendered(html, MediaType.TEXT_HTML + ";charset=UTF-8", status.version().orElseThrow().changedAt());
    }
}
