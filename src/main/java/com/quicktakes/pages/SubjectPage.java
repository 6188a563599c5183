package com.quicktakes.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

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
import com.quicktakes.catalog.Subject;
import com.quicktakes.catalog.SubjectRepository;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /learn/<subject>}: the subject's questions, newest first, 50 a page. */
@Path("/learn/{subject}")
public class SubjectPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subject(Page page, Subject subject, List<QuestionSummary> questions,
                Pagination pagination);
    }

    @Inject
    PageHeads heads;

    @Inject
    SubjectRepository subjects;

    @Inject
    QuestionRepository questions;

    @Inject
    RenderedPages renderedPages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response subject(@PathParam("subject") String slug, @QueryParam("page") String pageParam,
            @Context Request request, @Context HttpHeaders headers) {
        String key = "/learn/" + slug + (pageParam == null ? "" : "?page=" + pageParam);
        return renderedPages.respond(request, headers, key, () -> render(slug, pageParam));
    }

    private RenderedPages.Rendered render(String slug, String pageParam) {
        Subject subject = subjects.findBySlug(slug).orElseThrow(() -> new PageNotFoundException(null));
        int pages = Math.max(1, (subject.questionCount + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = pageNumber(pageParam, pages, subject);
        Pagination pagination = Pagination.of(subject.path(), number, pages);
        String description = subject.questionCount + " " + subject.name + " questions answered clearly, newest first"
                + (number > 1 ? " (page " + number + " of " + pages + ")." : ".");
        Page page = heads.subject(subject, number, pagination.path(number), description);
        List<QuestionSummary> listing = questions.listing(subject, (number - 1) * PAGE_SIZE, PAGE_SIZE);
        String html = Templates.subject(page, subject, listing, pagination).render();
        return new RenderedPages.Rendered(html, MediaType.TEXT_HTML + ";charset=UTF-8", subject.updatedAt);
    }

    /**
     * The requested page number; anything that is not a page of this subject is a 404. (Page 1's
     * only address is the subject's own: {@code seo.CanonicalUrls} redirects {@code ?page=1}.)
     */
    private static int pageNumber(String pageParam, int pages, Subject subject) {
        if (pageParam == null) {
            return 1;
        }
        if (!pageParam.matches("[1-9][0-9]{0,8}") || Integer.parseInt(pageParam) > pages) {
            throw new PageNotFoundException(subject);
        }
        return Integer.parseInt(pageParam);
    }

    /** Numbered page links around the current page, with the first and last always shown. */
    public record Pagination(String basePath, int current, int pages, List<Integer> numbers) {

        static Pagination of(String basePath, int current, int pages) {
            TreeSet<Integer> shown = new TreeSet<>(List.of(1, pages));
            for (int n = Math.max(1, current - 2); n <= Math.min(pages, current + 2); n++) {
                shown.add(n);
            }
            List<Integer> numbers = new ArrayList<>();
            for (int n : shown) {
                if (!numbers.isEmpty() && n > numbers.get(numbers.size() - 1) + 1) {
                    numbers.add(0); // a gap, shown as an ellipsis
                }
                numbers.add(n);
            }
            return new Pagination(basePath, current, pages, numbers);
        }

        public String path(int number) {
            return number == 1 ? basePath : basePath + "?page=" + number;
        }

        public boolean hasPrevious() {
            return current > 1;
        }

        public boolean hasNext() {
            return current < pages;
        }

        public String previousPath() {
            return path(current - 1);
        }

        public String nextPath() {
            return path(current + 1);
        }
    }
}
