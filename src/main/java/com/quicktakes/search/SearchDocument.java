package com.quicktakes.search;

import java.util.Objects;

/**
 * What the index knows of one question. The url is its identity: putting a document with the url
 * of an indexed one replaces it.
 *
 * @param url          the page's path, e.g. {@code /learn/biology/questions/what-is-osmosis}
 * @param title        the question's title, as plain text (not HTML)
 * @param questionText the question as asked, plain text; may repeat the title
 * @param subjectSlug  the subject's url slug, for the subject filter and the counts per subject
 * @param subjectName  the subject's display name, shown with hits and counts
 * @param answerText   the answer as plain text, e.g. {@link AnswerText#fromHtml} of the rendered answer
 */
public record SearchDocument(String url, String title, String questionText, String subjectSlug, String subjectName,
        String answerText) {

    public SearchDocument {
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("a search document needs a url");
        }
        title = Objects.requireNonNullElse(title, "");
        questionText = Objects.requireNonNullElse(questionText, "");
        subjectSlug = Objects.requireNonNullElse(subjectSlug, "");
        subjectName = Objects.requireNonNullElse(subjectName, subjectSlug);
        answerText = Objects.requireNonNullElse(answerText, "");
    }
}
