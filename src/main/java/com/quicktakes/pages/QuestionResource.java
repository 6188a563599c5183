package com.quicktakes.pages;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.quicktakes.catalog.Answer;
import com.quicktakes.catalog.AnswerRepository;
import com.quicktakes.catalog.Question;
import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.QuestionSummary;
import com.quicktakes.catalog.SitePaths;
import com.quicktakes.catalog.SubjectRepository;
import com.quicktakes.web.PageCache;
import com.quicktakes.web.PageNotFoundException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /learn/<subject>/questions/<slug>}: one question and its answer. */
@Path("/learn/{subject}/questions/{slug}")
public class QuestionResource {

    /** Below this many related questions, the page adds more from the same subject. */
    static final int ENOUGH_RELATED = 3;
    static final int MORE_FROM_SUBJECT = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance question(PageHead head, Question question, Answer answer, String answerHtml,
                List<QuestionSummary> related, List<QuestionSummary> more, MathAssets math);
    }

    @Inject
    PageHeads heads;

    @Inject
    QuestionRepository questions;

    @Inject
    SubjectRepository subjects;

    @Inject
    AnswerRepository answers;

    @Inject
    AssetResource assets;

    /** What a page with formulas loads to typeset them; pages without formulas load nothing. */
    public record MathAssets(String stylesheet, String typesetter, String script) {
    }

    @Inject
    PageCache pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response question(@PathParam("subject") String subjectSlug, @PathParam("slug") String slug,
            @Context Request request, @Context HttpHeaders headers) {
        String url = SitePaths.question(subjectSlug, slug);
        return pages.respond(request, headers, url, () -> render(url, subjectSlug));
    }

    private PageCache.Rendered render(String url, String subjectSlug) {
        Question question = questions.findByUrl(url)
                .orElseThrow(() -> new PageNotFoundException(subjects.findBySlug(subjectSlug).orElse(null)));
        List<QuestionSummary> related = questions.related(question);
        List<QuestionSummary> more = List.of();
        if (related.size() < ENOUGH_RELATED) {
            Set<String> shown = related.stream().map(QuestionSummary::url).collect(Collectors.toSet());
            more = questions.neighbours(question, MORE_FROM_SUBJECT + related.size()).stream()
                    .filter(q -> !shown.contains(q.url()))
                    .limit(MORE_FROM_SUBJECT)
                    .toList();
        }
        PageHead head = heads.question(question);
        MathAssets math = question.hasMath ? new MathAssets(assets.katexPath("katex.min.css"),
                assets.katexPath("katex.min.js"), assets.mathScriptPath()) : null;
        Answer answer = answers.findById(question.id);
        String html = Templates.question(head, question, answer, answer.html(), related, more, math).render();
        return new PageCache.Rendered(html, MediaType.TEXT_HTML + ";charset=UTF-8", question.updatedAt);
    }
}
