package com.quicktakes.markdown;

import java.util.List;

/**
 * An answer rendered at import.
 *
 * @param html      safe HTML for the page
 * @param textStart the start of the answer as plain text on one line, for descriptions
 * @param words     the number of words in the answer
 * @param headings  the answer's headings in order, with the ids the HTML gives them
 * @param hasMath   whether the answer has formulas, so its page loads the math typesetter
 */
public record RenderedMarkdown(String html, String textStart, int words, List<Heading> headings, boolean hasMath) {

    public record Heading(int level, String text, String id) {
    }
}
