package com.quicktakes.pages;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.QuestionSummary;
import com.quicktakes.catalog.Subject;
import com.quicktakes.catalog.SubjectRepository;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /}: the subjects with their question counts, and the newest questions. */
@Path("/")
public class HomePage {

    static final int NEWEST = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Page page, List<Subject> subjects, List<QuestionSummary> newest);
    }

    @Inject
    PageHeads heads;

    @Inject
    SubjectRepository subjects;

    @Inject
    QuestionRepository questions;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        List<Subject> listed = subjects.listed();
        int total = listed.stream().mapToInt(s -> s.questionCount).sum();
        String description = heads.siteName() + ": clear, worked answers to " + total + " school questions in "
                + listed.size() + " subjects, from " + String.join(", ", listed.stream().limit(4).map(s -> s.name).toList())
                + (listed.size() > 4 ? " and more." : ".");
        Page page = heads.page(heads.siteName() + " | Study answers, one question at a time", description, null, "/", false,
                List.of());
        return Templates.home(page, listed, questions.newest(NEWEST));
    }
}
