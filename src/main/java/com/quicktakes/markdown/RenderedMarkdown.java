package com.quicktakes.markdown;

import java.util.List;

/**
 * An answer rendered at import.
 *
 * @param html      safe HTML for the page
 * @param textStart the start of the answer as plain text on one line, for descriptions
 * @param words     the number of words in the answer
 * @param minutes   how long the answer takes to read
 * @param headings  the answer's headings in order, with the ids the HTML gives them
 * @param contents  for a long answer, its table of contents (nested lists of links to its
 *                  headings), else null
 * @param hasMath   whether the answer has formulas, so its page loads the math typesetter
 */
public record RenderedMarkdown(String html, String textStart, int words, int minutes, List<Heading> headings,
        String contents, boolean hasMath) {

    public record Heading(int level, String text, String id) {
    }
}
