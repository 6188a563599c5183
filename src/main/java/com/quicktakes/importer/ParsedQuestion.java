package com.quicktakes.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * One question as read from its file, every quirk of the export already resolved: the answer's
 * {@code \n} decoded, related articles de-duplicated, the url settled.
 */
record ParsedQuestion(
        String url,
        String subjectSlug,
        String slug,
        String subjectName,
        Long exportId,
        String title,
        String articleTitle,
        String questionText,
        String answerMarkdown,
        String seoTitle,
        String description,
        String keywords,
        String author,
        LocalDate published,
        String publishedText,
        String postOnText,
        Double score,
        boolean noIndex,
        List<Related> related,
        List<String> aliases) {

    record Related(String url, String title, String subjectName, Long exportId) {
    }
}
