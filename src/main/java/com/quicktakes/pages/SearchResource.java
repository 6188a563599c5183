package com.quicktakes.pages;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.catalog.ContentVersion;
import com.quicktakes.catalog.ListedSubjects;
import com.quicktakes.catalog.SitePaths;
import com.quicktakes.catalog.Subject;
import com.quicktakes.search.SearchIndex;
import com.quicktakes.search.SearchQuery;
import com.quicktakes.search.SearchResults;
import com.quicktakes.web.PageCache;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /search?q=…[&subject=…][&page=N]}: the questions that match, best first, with the
 * matched words marked in a snippet of each answer, counts per subject and pages like a subject's.
 * Rendered on the server and cached like every page: it works without any script. Result pages
 * are for people, not search engines: {@code noindex}, and disallowed in robots.txt.
 */
@Path(SitePaths.SEARCH)
public class SearchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(PageHead head, SearchPage search);
    }

    /** A hit as the page shows it; the two HTML fields are escaped text with {@code <mark>} around matched words. */
    public record Hit(String url, String titleHtml, String subjectName, String snippetHtml) {
    }

    /** A link that filters the results by subject (or, with a null slug, shows them all). */
    public record SubjectFilter(String name, long count, String path, boolean current) {
    }

    /**
     * What the results page shows.
     *
     * @param error a sentence saying what is wrong with the request (a 400), or null
     */
    public record SearchPage(String words, Subject subject, String error, SearchResults results, List<Hit> hits,
            List<SubjectFilter> filters, String allSubjectsPath, String suggestion, String suggestionPath,
            Pagination pagination) {
    }

    @Inject
    PageHeads heads;

    @Inject
    ListedSubjects listedSubjects;

    @Inject
    SearchIndex index;

    @Inject
    ContentStatus status;

    @Inject
    PageCache pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response search(@QueryParam("q") String q, @QueryParam("subject") String subjectParam,
            @QueryParam("page") String pageParam, @Context Request request, @Context HttpHeaders headers) {
        String words = SitePaths.searchWords(q);
        String subjectSlug = subjectParam == null || subjectParam.isBlank() ? null : subjectParam.strip();
        int page = pageNumber(pageParam);
        if (page < 1) {
            return badRequest(words, "The page number must be a whole number from 1 to " + SearchQuery.MAX_PAGE + ".");
        }
        if (!indexMatchesTheContent()) {
            // A new index is being built from the database: results now could be of other content than the pages.
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.search(heads.search(words, SitePaths.SEARCH),
                            message(words, null, "Search is being prepared. Please try again in a few seconds.")).render())
                    .build();
        }
        Optional<Subject> subject = subjectSlug == null ? Optional.empty() : listedSubjects.bySlug(subjectSlug);
        if (subjectSlug != null && subject.isEmpty()) {
            return badRequest(words, "There is no subject '" + subjectSlug + "'. Search all subjects, or pick one below.");
        }
        String address = SitePaths.search(words, subjectSlug, page);
        return pages.respond(request, headers, address, () -> render(words, subject.orElse(null), page, address));
    }

    private PageCache.Rendered render(String words, Subject subject, int page, String address) {
        String slug = subject == null ? null : subject.slug;
        SearchResults results = index.search(new SearchQuery(words, slug, page));
        List<Hit> hits = results.hits().stream()
                .map(hit -> new Hit(hit.url(), hit.titleHtml(), nameOf(hit.subjectSlug(), hit.subjectName()), hit.snippetHtml()))
                .toList();
        List<SubjectFilter> filters = results.subjects().stream()
                .map(count -> new SubjectFilter(nameOf(count.slug(), count.name()), count.count(),
                        SitePaths.search(words, count.slug(), 1), count.slug().equals(slug)))
                .toList();
        String suggestion = results.suggestion().orElse(null);
        String suggestionPath = suggestion == null ? null : SitePaths.search(suggestion, slug, 1);
        Pagination pagination = Pagination.of("Pages of results", n -> SitePaths.search(words, slug, n), page,
                Math.max(1, results.pageCount()));
        SearchPage search = new SearchPage(words, subject, null, results, hits, filters, SitePaths.search(words, null, 1),
                suggestion, suggestionPath, pagination);
        String html = Templates.search(heads.search(words, address), search).render();
        return new PageCache.Rendered(html, MediaType.TEXT_HTML + ";charset=UTF-8", status.changedAt());
    }

    private Response badRequest(String words, String error) {
        String html = Templates.search(heads.search(words, SitePaths.SEARCH), message(words, null, error)).render();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static SearchPage message(String words, Subject subject, String error) {
        return new SearchPage(words, subject, error, null, List.of(), List.of(), null, null, null, null);
    }

    /** The subject's name as the site shows it now; the index keeps the spelling of the question's file. */
    private String nameOf(String slug, String indexed) {
        return listedSubjects.bySlug(slug).map(subject -> subject.name).orElse(indexed);
    }

    /** The requested page, from 1; 0 for anything that is not a page of results. */
    private static int pageNumber(String pageParam) {
        if (pageParam == null || pageParam.isBlank()) {
            return 1;
        }
        if (!pageParam.strip().matches("[1-9][0-9]{0,2}")) {
            return 0;
        }
        int page = Integer.parseInt(pageParam.strip());
        return page <= SearchQuery.MAX_PAGE ? page : 0;
    }

    private boolean indexMatchesTheContent() {
        Optional<ContentVersion> content = status.version();
        // An index a moment ahead is fine: an import publishes its index just before the content
        // version moves, and its pages are already in the database. Behind means a rebuild is running.
        OptionalLong searched = index.searchedVersion();
        return content.isPresent() && searched.isPresent() && searched.getAsLong() >= content.get().number();
    }
}
