package com.quicktakes.search;

/**
 * One question found. {@code title} and {@code subjectName} are plain text (escape them as usual);
 * {@code titleHtml} and {@code snippetHtml} are ready-made safe HTML: every character of the
 * question's text is escaped, and only the {@code <mark>} tags around matched words are markup.
 */
public record SearchHit(String url, String title, String titleHtml, String subjectSlug, String subjectName,
        String snippetHtml) {
}
