package com.quicktakes.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportNewlinesTest {

    private static String decode(String raw) {
        return ExportNewlines.decode(raw);
    }

    @Test
    void turnsEscapedNewlinesIntoLineBreaks() {
        assertThat(decode("First paragraph.\\n\\n1. **One**: a\\n2. **Two**: b"))
                .isEqualTo("First paragraph.\n\n1. **One**: a\n2. **Two**: b");
    }

    @Test
    void leavesEveryOtherBackslashAlone() {
        assertThat(decode("$\\frac{a}{b} \\times \\theta$ and C:\\temp"))
                .isEqualTo("$\\frac{a}{b} \\times \\theta$ and C:\\temp");
    }

    @Test
    void keepsLatexCommandsThatStartWithN() {
        assertThat(decode("where $q \\neq 0$.")).isEqualTo("where $q \\neq 0$.");
        assertThat(decode("energy $E = h \\nu$ here")).isEqualTo("energy $E = h \\nu$ here");
        assertThat(decode("the gradient $\\nabla f$ points")).isEqualTo("the gradient $\\nabla f$ points");
        assertThat(decode("$x \\notin A$")).isEqualTo("$x \\notin A$");
    }

    @Test
    void breaksRightAfterAnOpeningDisplayDelimiterAndKeepsTheCommandAfterIt() {
        assertThat(decode("Written as:\\n\\n$$\\n\\nabla \\cdot \\mathbf{E} = 0\\n$$\\n\\nNext."))
                .isEqualTo("Written as:\n\n$$\n\\nabla \\cdot \\mathbf{E} = 0\n$$\n\nNext.");
    }

    @Test
    void keepsLatexLineBreaksInsideDisplayMath() {
        assertThat(decode("$$\\na = b \\\\\\n\\nu = c\\n$$"))
                .isEqualTo("$$\na = b \\\\\n\\nu = c\n$$");
    }

    @Test
    void aBreakBeforeAWordStaysABreakOutsideMath() {
        assertThat(decode("line one\\nused to be\\nabove")).isEqualTo("line one\nused to be\nabove");
    }

    @Test
    void aWordThatOnlyStartsLikeACommandIsNotOne() {
        assertThat(decode("$x$ is small\\nusually")).isEqualTo("$x$ is small\nusually");
        assertThat(decode("costs $5 and\\nused to cost $10")).isEqualTo("costs $5 and\nused to cost $10");
    }

    @Test
    void keepsEscapesInsideStringLiteralsInFencedCode() {
        assertThat(decode("```c\\nprintf(\"Stack overflow\\n\");\\nreturn -1;\\n```\\n\\nDone."))
                .isEqualTo("```c\nprintf(\"Stack overflow\\n\");\nreturn -1;\n```\n\nDone.");
        assertThat(decode("```java\\nSystem.out.print(\"Lift off!\\n\");\\n```"))
                .isEqualTo("```java\nSystem.out.print(\"Lift off!\\n\");\n```");
    }

    @Test
    void keepsTheNewlineCharLiteralAndEscapedQuotesInCode() {
        assertThat(decode("```c\\nputchar('\\n');\\nputs(\"say \\\"hi\\\"\\n\");\\n```"))
                .isEqualTo("```c\nputchar('\\n');\nputs(\"say \\\"hi\\\"\\n\");\n```");
    }

    @Test
    void codeFencesDoNotSeeMathAndMathDoesNotSurviveThem() {
        assertThat(decode("```sh\\necho $PATH\\n```\\n\\n$a$\\nnext"))
                .isEqualTo("```sh\necho $PATH\n```\n\n$a$\nnext");
    }

    @Test
    void keepsAnEscapeInsideAnInlineCodeSpan() {
        assertThat(decode("The escape `\\n` ends a line.\\nNext line."))
                .isEqualTo("The escape `\\n` ends a line.\nNext line.");
    }

    @Test
    void anUnclosedBacktickDoesNotSwallowLineBreaks() {
        assertThat(decode("a stray ` tick\\nnext line\\nlast")).isEqualTo("a stray ` tick\nnext line\nlast");
    }

    @Test
    void fencesInsideListItemsAreRecognised() {
        assertThat(decode("1. Code:\\n\\n   ```c\\n   printf(\"x\\n\");\\n   ```\\n2. Next"))
                .isEqualTo("1. Code:\n\n   ```c\n   printf(\"x\\n\");\n   ```\n2. Next");
    }

    @Test
    void onlyALineThatIsJustTheOpeningDelimiterBreaksBeforeACommand() {
        assertThat(decode("$$\\n$ $\\nu")).isEqualTo("$$\n$ $\\nu");
        assertThat(decode("$$\\n $$ \\nu")).isEqualTo("$$\n $$ \nu");
        assertThat(decode("$$ x\\nu\\nu\\n$$")).isEqualTo("$$ x\\nu\\nu\n$$");
    }

    @Test
    void aCodeSpanKeepsAPairOnlyWhenItClosesBeforeTheNextPair() {
        assertThat(decode("``\\n`\\n``")).isEqualTo("``\n`\\n``");
        assertThat(decode("``\\n```\\n``")).isEqualTo("``\\n```\\n``");
    }
}
