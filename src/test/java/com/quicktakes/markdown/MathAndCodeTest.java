package com.quicktakes.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Math, money, code, tables and lists as real answers write them, rendered to HTML. */
class MathAndCodeTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Document html(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown).html());
    }

    @Test
    void inlineMathIsRecognisedBeforeEmphasisEscapesAndHtml() {
        Document html = html("Sum $a_1 + a_2$, stars $x^*$ and $y^*$, $p < 0.05$, $q \\neq 0$, $E = h \\nu$, $a \\\\ b$.");
        assertThat(html.select("span.math.math-inline").eachText()).containsExactly(
                "a_1 + a_2", "x^*", "y^*", "p < 0.05", "q \\neq 0", "E = h \\nu", "a \\\\ b");
        assertThat(html.select("em, strong")).isEmpty();
    }

    @Test
    void displayMathSpansLinesAndStaysTex() {
        Document html = html("Written as:\n\n$$\n\\nabla f = \\left( \\frac{\\partial f}{\\partial x}, \\frac{\\partial f}{\\partial y} \\right)\n"
                + "a_1 * b_2 \\\\ c_3\n$$\n\nAfter.");
        assertThat(html.select("div.math.math-display")).singleElement().satisfies(div -> assertThat(div.wholeText()).isEqualTo(
                "\\nabla f = \\left( \\frac{\\partial f}{\\partial x}, \\frac{\\partial f}{\\partial y} \\right)\na_1 * b_2 \\\\ c_3"));
        assertThat(html.select("p").eachText()).containsExactly("Written as:", "After.");
    }

    @Test
    void displayMathOnOneLineAndInsideAParagraph() {
        assertThat(html("$$E = mc^2$$").select("div.math-display").text()).isEqualTo("E = mc^2");
        assertThat(html("so $$x^2$$ holds").select("p span.math-display").text()).isEqualTo("x^2");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It costs $5 and $10.",
            "Prices rose from $3.50 to $4 per unit.",
            "Budget $12–$15 a head.",
            "A dollar sign: \\$x\\$ is not math.",
            "Space after opening: $ x$ is not math.",
            "Space before closing: $x $ is not math.",
            "Digit after closing: $x$5 is not math.",
    })
    void moneyAndLookalikesAreText(String sentence) {
        Document html = html(sentence);
        assertThat(html.select(".math")).isEmpty();
        assertThat(renderer.render(sentence).hasMath()).isFalse();
    }

    @Test
    void dollarsInCodeAreCode() {
        Document html = html("Run `echo $PATH` or:\n\n```sh\nexport PATH=$HOME/bin:$PATH\n```");
        assertThat(html.select(".math")).isEmpty();
        assertThat(html.select("code").first().text()).isEqualTo("echo $PATH");
        assertThat(html.select("pre code.language-sh").text()).isEqualTo("export PATH=$HOME/bin:$PATH");
    }

    @Test
    void exportedCodeKeepsItsStringEscapesAndItsLayout() {
        String exported = "In C:\\n\\n```c\\nint push(int x) {\\n    if (top == MAX) {\\n        printf(\"Stack overflow\\n\");\\n"
                + "        return -1;\\n    }\\n    return 0;\\n}\\n```\\n\\nCosts $5.";
        Document html = html(com.quicktakes.importer.ExportNewlinesAccess.decode(exported));
        assertThat(html.select("pre").attr("tabindex")).isEqualTo("0");
        assertThat(html.select("pre code.language-c").first().wholeText()).isEqualTo(
                "int push(int x) {\n    if (top == MAX) {\n        printf(\"Stack overflow\\n\");\n        return -1;\n    }\n    return 0;\n}\n");
        assertThat(html.select(".math")).isEmpty();
    }

    @Test
    void exportedMathKeepsItsNCommands() {
        String exported = "Gradient:\\n\\n$$\\n\\nabla f = 0\\n$$\\n\\nwhere $q \\neq 0$ and $E = h \\nu$.";
        Document html = html(com.quicktakes.importer.ExportNewlinesAccess.decode(exported));
        assertThat(html.select("div.math-display").text()).isEqualTo("\\nabla f = 0");
        assertThat(html.select("span.math-inline").eachText()).containsExactly("q \\neq 0", "E = h \\nu");
    }

    @Test
    void tablesKeepTheirAlignmentInABoxThatScrolls() {
        Document html = html("| Quantity | Unit | Value |\n|:---|:---:|---:|\n| speed | m/s | 3.0 |");
        assertThat(html.select("div.table-scroll[tabindex=0][role=region] > table")).hasSize(1);
        assertThat(html.select("th").eachAttr("align")).containsExactly("left", "center", "right");
        assertThat(html.select("td").eachAttr("align")).containsExactly("left", "center", "right");
    }

    @Test
    void nestedListsUnderNumberedItemsAsTheExportWritesThem() {
        String exported = "Causes:\\n\\n1. **Economic**: debt\\n    - taxes\\n    - bread prices\\n2. **Political**: absolutism\\n\\nSummary.";
        Document html = html(com.quicktakes.importer.ExportNewlinesAccess.decode(exported));
        assertThat(html.select("ol > li")).hasSize(2);
        assertThat(html.select("ol > li").first().select("ul > li").eachText()).containsExactly("taxes", "bread prices");
        assertThat(html.select("ol > li strong").eachText()).containsExactly("Economic", "Political");
    }

    @Test
    void imagesAreLazyAndKeepTheirAltText() {
        Document html = html("![A right triangle with sides a, b and c](https://example.org/triangle.png)");
        assertThat(html.select("img").attr("loading")).isEqualTo("lazy");
        assertThat(html.select("img").attr("alt")).isEqualTo("A right triangle with sides a, b and c");
    }
}
