package com.quicktakes.search;

import java.util.Objects;

/**
 * What the index knows of one question. The key is its identity: putting a document with the key
 * of an indexed one replaces it. The site keys documents by their source file, so that the import's
 * workers can put them while it is still deciding which file wins a url; without a key of its
 * own, a document is keyed by its url.
 *
 * @param key          the document's identity in the index
 * @param url          the page's path, e.g. {@code /learn/biology/questions/what-is-osmosis}
 * @param title        the question's title, as plain text (not HTML)
 * @param questionText the question as asked, plain text; may repeat the title
 * @param subjectSlug  the subject's url slug, for the subject filter and the counts per subject
 * @param subjectName  the subject's display name, shown with hits and counts
 * @param answerText   the answer as plain text, e.g. {@link AnswerText#fromHtml} of the rendered answer
 */
public record SearchDocument(String key, String url, String title, String questionText, String subjectSlug,
        String subjectName, String answerText) {

    /** A document keyed by its url. */
    public SearchDocument(String url, String title, String questionText, String subjectSlug, String subjectName, String answerText) {
        this(url, url, title, questionText, subjectSlug, subjectName, answerText);
    }

    public SearchDocument {
        Objects.requireNonNull(key, "key");
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
