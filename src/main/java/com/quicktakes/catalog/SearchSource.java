package com.quicktakes.catalog;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What the search index is built from, for one question: read when the index must be rebuilt from the database. */
@RegisterForReflection
public record SearchSource(String sourcePath, String url, String title, String questionText, String subjectSlug, String subjectName,
        byte[] answerHtmlDeflated) {

    public String answerHtml() {
        return Deflated.inflate(answerHtmlDeflated);
    }
}
