package com.quicktakes.markdown;

import java.util.List;

/**
 * An answer rendered at import.
 *
 * @param html     safe HTML for the page
 * @param text     the answer as plain text on one line, for descriptions and search snippets
 * @param headings the answer's headings in order, with the ids the HTML gives them
 */
public record RenderedMarkdown(String html, String text, List<Heading> headings) {

    public record Heading(int level, String text, String id) {
    }
}
