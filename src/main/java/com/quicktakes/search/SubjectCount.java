package com.quicktakes.search;

/** How many questions of one subject match a query, for filter links like "Biology (12)". */
public record SubjectCount(String slug, String name, long count) {
}
