package com.quicktakes.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.quicktakes.markdown.MarkdownRenderer;

/** Answers' rendered HTML as the plain text that is searched and cut into snippets. */
class AnswerTextTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String textOf(String markdown) {
        return AnswerText.fromHtml(renderer.render(markdown).html());
    }

    @Test
    void inlineMathKeepsItsArgumentsAndLosesItsCommands() {
        assertThat(textOf("Divide: $\\frac{a}{b}$, and $q \\neq 0$, $\\sqrt{x^2}$."))
                .isEqualTo("Divide: a b , and q 0 , x^2 .")
                .doesNotContain("\\", "frac", "neq", "sqrt", "{", "}");
    }

    @Test
    void displayMathKeepsGreekLettersAsWords() {
        assertThat(textOf("Energy:\n\n$$\nE = h \\nu, \\quad \\Delta x \\cdot \\Delta p \\geq \\frac{\\hbar}{2}\n$$\n\nDone."))
                .isEqualTo("Energy: E = h nu, Delta x Delta p 2 Done.");
    }

    @Test
    void codeStaysSearchableTextWithItsEscapes() {
        String text = textOf("Print it:\n\n```c\nprintf(\"Stack overflow\\n\");\nreturn a < b && c > d;\n```\n\nUse `x->next` too.");
        assertThat(text).isEqualTo("Print it: printf(\"Stack overflow\\n\"); return a < b && c > d; Use x->next too.");
    }

    @Test
    void wordsAcrossTagsStayApartButInlineTagsDoNotSplitAWord() {
        assertThat(AnswerText.fromHtml("<h2>Cells</h2><p>Plant<br>cells</p><ul><li>one</li><li>two</li></ul>"
                + "<p><strong>photo</strong>synthesis</p>")).isEqualTo("Cells Plant cells one two photosynthesis");
    }

    @Test
    void entitiesAreDecodedOnceAndEscapedHtmlStaysText() {
        assertThat(textOf("Tom &amp; Jerry <script>alert(1)</script> &lt;b&gt;"))
                .isEqualTo("Tom & Jerry <script>alert(1)</script> <b>");
        assertThat(AnswerText.fromHtml("a &amp;amp; b &#233;t&#xE9; &nbsp;c &unknown; d")).isEqualTo("a &amp; b été c &unknown; d");
    }

    @Test
    void tablesAndCommentsBecomeSeparatedWords() {
        assertThat(textOf("| Aspect | Idea |\n| --- | --- |\n| Form | Rhythm |")).isEqualTo("Aspect Idea Form Rhythm");
        assertThat(AnswerText.fromHtml("a<!-- hidden -->b <style>p{}</style>c")).isEqualTo("ab c");
    }

    @Test
    void brokenHtmlNeverThrows() {
        assertThat(AnswerText.fromHtml("<p>unclosed <span class=\"math math-inline\">\\frac{1}{2}")).isEqualTo("unclosed 1 2");
        assertThat(AnswerText.fromHtml("a < b and <")).isEqualTo("a < b and <");
        assertThat(AnswerText.fromHtml("&#xZZ; &#99999999; &#0; &;")).isEqualTo("&#xZZ; &;");
        assertThat(AnswerText.fromHtml(null)).isEmpty();
    }

    @Test
    void texEscapesAndAlignmentBecomeSpaces() {
        assertThat(AnswerText.stripTex("a & b \\\\ c \\, d \\% e")).isEqualTo("a b c d e");
    }
}
