package com.quicktakes.browser;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/** The pages of the test content that the browser tests look at, each for a different layout. */
enum SitePage {
    HOME("/"),
    SUBJECT("/learn/geography"),
    // headings, a list, inline and display math typeset by KaTeX
    MATH_QUESTION("/learn/mathematics/questions/how-do-gradients-point-uphill"),
    // a table and a block of C code, the widest things an answer holds
    CODE_QUESTION("/learn/computer-science/questions/what-is-a-stack"),
    // search results: marked snippets, subject filter, pages
    SEARCH_RESULTS("/search?q=river+flow");

    final String path;

    SitePage(String path) {
        this.path = path;
    }

    /** Every page in every view: the arguments of the parameterized browser tests. */
    static Stream<Arguments> inEveryView() {
        return Stream.of(values()).flatMap(page -> View.all().map(view -> Arguments.of(page, view)));
    }

    String screenshotName(View view) {
        return name().toLowerCase().replace('_', '-') + "-" + view;
    }
}
