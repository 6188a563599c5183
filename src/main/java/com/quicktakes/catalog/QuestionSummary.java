package com.quicktakes.catalog;

import java.time.LocalDate;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What a listing shows of a question: a link, its title, its date and its subject. */
@RegisterForReflection
public record QuestionSummary(String url, String title, LocalDate published, String publishedText, String subjectName) {
}
