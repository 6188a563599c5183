package com.quicktakes.pages;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.QuestionSummary;
import com.quicktakes.catalog.SitePaths;
import com.quicktakes.catalog.Subject;
import com.quicktakes.catalog.SubjectRepository;
import com.quicktakes.web.PageCache;
import com.quicktakes.web.PageNotFoundException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /learn/<subject>}: the subject's questions, newest first, {@value SitePaths#LISTING_PAGE_SIZE} a page. */
@Path("/learn/{subject}")
public class SubjectResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subject(PageHead head, Subject subject, List<QuestionSummary> questions,
                Pagination pagination);
    }

    @Inject
    PageHeads heads;

    @Inject
    SubjectRepository subjects;

    @Inject
    QuestionRepository questions;

    @Inject
    PageCache pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response subject(@PathParam("subject") String slug, @QueryParam("page") String pageParam,
            @Context Request request, @Context HttpHeaders headers) {
        String key = SitePaths.subject(slug) + (pageParam == null ? "" : "?page=" + pageParam);
        return pages.respond(request, headers, key, () -> render(slug, pageParam));
    }

    private PageCache.Rendered render(String slug, String pageParam) {
        Subject subject = subjects.findBySlug(slug).orElseThrow(() -> new PageNotFoundException(null));
        int pageCount = SitePaths.listingPages(subject.questionCount);
        int number = pageNumber(pageParam, pageCount, subject);
        Pagination pagination = Pagination.of("Pages of " + subject.name + " questions",
                n -> SitePaths.subjectPage(subject.slug, n), number, pageCount);
        String description = subject.questionCount + " " + subject.name + " questions answered clearly, newest first"
                + (number > 1 ? " (page " + number + " of " + pageCount + ")." : ".");
        PageHead head = heads.subject(subject, number, description);
        List<QuestionSummary> listing = questions.listing(subject, (number - 1) * SitePaths.LISTING_PAGE_SIZE,
                SitePaths.LISTING_PAGE_SIZE);
        String html = Templates.subject(head, subject, listing, pagination).render();
        return new PageCache.Rendered(html, MediaType.TEXT_HTML + ";charset=UTF-8", subject.updatedAt);
    }

    /**
     * The requested page number; anything that is not a page of this subject is a 404. (Page 1's
     * only address is the subject's own: {@code seo.CanonicalUrls} redirects {@code ?page=1}.)
     */
    private static int pageNumber(String pageParam, int pageCount, Subject subject) {
        if (pageParam == null) {
            return 1;
        }
        if (!pageParam.matches("[1-9][0-9]{0,8}") || Integer.parseInt(pageParam) > pageCount) {
            throw new PageNotFoundException(subject);
        }
        return Integer.parseInt(pageParam);
    }
}
