package com.quicktakes.catalog;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a listing, a feed or a sitemap shows of a question: a link and its title, its dates, its
 * subject, its description and author.
 */
@RegisterForReflection
public record QuestionSummary(String url, String title, LocalDate published, String publishedText, String subjectName,
        String description, String author, Instant updatedAt) {
}
