package com.quicktakes.importer;

import java.time.LocalDate;
import java.util.List;

import com.quicktakes.catalog.SitePaths.QuestionAddress;

/**
 * One question as read from its file, every quirk of the export already resolved: the answer's
 * {@code \n} decoded, related articles de-duplicated, the url settled. Built by name through
 * {@link #builder()}: most of its fields are optional text that a positional call would mix up.
 */
record ParsedQuestion(
        QuestionAddress address,
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
        double score,
        boolean noIndex,
        List<Related> related,
        List<String> aliases) {

    record Related(String url, String title, String subjectName, Long exportId) {
    }

    String url() {
        return address.url();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Unset optional fields stay null (or empty lists); the title stands in for the article title and question. */
    static final class Builder {
        private QuestionAddress address;
        private String subjectName;
        private Long exportId;
        private String title;
        private String articleTitle;
        private String questionText;
        private String answerMarkdown;
        private String seoTitle;
        private String description;
        private String keywords;
        private String author;
        private LocalDate published;
        private String publishedText;
        private String postOnText;
        private double score;
        private boolean noIndex;
        private List<Related> related = List.of();
        private List<String> aliases = List.of();

        Builder address(QuestionAddress address) {
            this.address = address;
            return this;
        }

        Builder subjectName(String subjectName) {
            this.subjectName = subjectName;
            return this;
        }

        Builder exportId(Long exportId) {
            this.exportId = exportId;
            return this;
        }

        Builder title(String title) {
            this.title = title;
            return this;
        }

        Builder articleTitle(String articleTitle) {
            this.articleTitle = articleTitle;
            return this;
        }

        Builder questionText(String questionText) {
            this.questionText = questionText;
            return this;
        }

        Builder answerMarkdown(String answerMarkdown) {
            this.answerMarkdown = answerMarkdown;
            return this;
        }

        Builder seo(String seoTitle, String description, String keywords) {
            this.seoTitle = seoTitle;
            this.description = description;
            this.keywords = keywords;
            return this;
        }

        Builder author(String author) {
            this.author = author;
            return this;
        }

        /** @param publishedText the date as the file's {@code date_format} shows it */
        Builder published(LocalDate published, String publishedText, String postOnText) {
            this.published = published;
            this.publishedText = publishedText;
            this.postOnText = postOnText;
            return this;
        }

        Builder score(double score) {
            this.score = score;
            return this;
        }

        Builder noIndex(boolean noIndex) {
            this.noIndex = noIndex;
            return this;
        }

        Builder related(List<Related> related) {
            this.related = related;
            return this;
        }

        Builder aliases(List<String> aliases) {
            this.aliases = aliases;
            return this;
        }

        ParsedQuestion build() {
            return new ParsedQuestion(address, subjectName, exportId, title,
                    articleTitle != null ? articleTitle : title, questionText != null ? questionText : title,
                    answerMarkdown, seoTitle, description, keywords, author, published, publishedText, postOnText,
                    score, noIndex, related, aliases);
        }
    }
}
