package com.quicktakes.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.quicktakes.importer.ExportNewlinesAccess;

/**
 * Hostile answers of 1 MiB, the import's file size limit, render in linear time (docs/rendering.md).
 * Each shape is timed at a quarter and at the full size, best of two after a warm-up: the full size
 * must take under 5 s and under 10 times the quarter (a quadratic shape takes 16 times, a linear one
 * 4), unless it is too fast to measure. The time-out makes a regression fail instead of hanging.
 */
class PathologicalInputTest {

    private static final int MIB = 1 << 20;
    private static final Duration CEILING = Duration.ofSeconds(5);
    /** Below this, the ratio of two timings is noise. */
    private static final double MEASURABLE_SECONDS = 0.5;

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    static Stream<Arguments> answers() {
        return Stream.of(
                // Inline math: openers that never close, money, escaped closers, long runs of dollars.
                shape("$a repeated", n -> repeat("$a ", n)),
                shape("$a on lines", n -> repeat("$a\n", n)),
                shape("money", n -> repeat("$5 and ", n)),
                shape("$$a repeated", n -> "x " + repeat("$$a ", n)),
                shape("escaped closers", n -> repeat("$a\\$ ", n)),
                shape("a run of dollars", n -> "x " + repeat("$", n)),
                shape("math that closes", n -> repeat("$a_1$ ", n)),
                shape("display math left open", n -> "$$\n" + repeat("a\n", n)),
                // commonmark-java: brackets (see InlineLimits).
                shape("![[]() repeated", n -> repeat("![[]()", n)),
                shape("open brackets then links", n -> "[".repeat(n / 2) + repeat("[](u)", n / 2)),
                shape("nested images", n -> repeat("![", n / 3 * 2) + "a" + "]".repeat(n / 3)),
                shape("nested images, a definition", n -> "[a]: /u\n\n" + repeat("![", n / 3 * 2) + "a" + "]".repeat(n / 3)),
                shape("few images around long text", n -> "![".repeat(45) + repeat("a", n - 135) + "]".repeat(45)),
                // commonmark-java: tables (see InlineLimits).
                shape("padded wide tables", n -> repeat(repeat("|a", 512) + "|\n" + repeat("|-", 512) + "|\n" + repeat("a\n", 1024) + "\n", n)),
                shape("one full table", n -> "|a|b|\n|-|-|\n" + repeat("|a|b|\n", n)),
                // commonmark-java: shapes from cmark's pathological tests, linear in 0.32.0.
                shape("nested brackets", n -> "[".repeat(n / 2) + "a" + "]".repeat(n / 2)),
                shape("emphasis openers", n -> repeat("*a_ ", n)),
                shape("a**b then c*", n -> "a**b" + repeat("c* ", n)),
                shape("nested emphasis", n -> "*".repeat(n / 2) + "a" + "*".repeat(n / 2)),
                shape("unclosed links", n -> repeat("[a](<b", n)),
                shape("unclosed comments", n -> "</" + repeat("<!--", n)),
                shape("autolink openers", n -> repeat("<", n)),
                shape("nested block quotes", n -> repeat("> ", n) + "a"),
                shape("nested lists", PathologicalInputTest::nestedLists),
                shape("backtick runs", PathologicalInputTest::backtickRuns),
                shape("strikethrough", n -> repeat("~~a ", n)),
                shape("www autolinks", n -> repeat("www.", n)),
                shape("many references", n -> "[a]: /u\n\n" + repeat("[a] ", n)),
                shape("headings", n -> repeat("# a\n", n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void hostileAnswersRenderInLinearTime(String name, IntFunction<String> answer) {
        assertLinear(answer, markdown -> RENDERER.render(markdown).html());
    }

    static Stream<Arguments> exports() {
        return Stream.of(
                shape("TeX commands on the $$ line", n -> "$$ x" + repeat("\\nu", n)),
                shape("TeX commands after spaces", n -> " ".repeat(n / 2) + "x $$ " + repeat("\\nu", n / 2)),
                shape("code spans of decreasing length", PathologicalInputTest::decreasingCodeSpans),
                shape("code span pairs", n -> repeat("`\\n``", n)),
                shape("pairs only", n -> repeat("\\n", n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void hostileExportsDecodeInLinearTime(String name, IntFunction<String> export) {
        assertLinear(export, ExportNewlinesAccess::decode);
    }

    @Test
    void mathIsStillMathAndMoneyStillText() {
        Document html = Jsoup.parseBodyFragment(RENDERER.render("$a_1$ and $b$\n\ncosts $5 and $10\n\n".repeat(10_000)).html());
        assertThat(html.select("span.math-inline").eachText()).hasSize(20_000).containsOnly("a_1", "b");
        assertThat(html.select("p:not(:has(.math))").eachText()).hasSize(10_000).containsOnly("costs $5 and $10");
    }

    @Test
    void aRunOfDollarsLeavesItsLastTwoToOpen() {
        Document html = Jsoup.parseBodyFragment(RENDERER.render("so $$$x$$ and $$$$ y").html());
        assertThat(html.select("p").first().html()).isEqualTo("so $<span class=\"math math-display\">x</span> and $$$$ y");
    }

    @Test
    void aBlockWithTooManyBracketsIsTextAndTheOthersKeepTheirLinks() {
        String hostile = repeat("![[]()", 120_000);
        Document html = Jsoup.parseBodyFragment(RENDERER.render("[a](https://a.example/) *b*\n\n" + hostile + "\n\n[c](/c) *d*").html());
        assertThat(html.select("a").eachAttr("href")).containsExactly("https://a.example/", "/c");
        assertThat(html.select("em").eachText()).containsExactly("b", "d");
        assertThat(html.select("p").get(1).text()).isEqualTo(hostile);
    }

    @Test
    void anAnswerWhoseTablesWouldHoldTooManyCellsShowsThemAsText() {
        String padded = repeat("|a", 2048) + "|\n" + repeat("|-", 2048) + "|\n" + repeat("a\n", 4000);
        Document html = Jsoup.parseBodyFragment(RENDERER.render(padded).html());
        assertThat(html.select("table")).isEmpty();
        assertThat(html.text()).startsWith("|a|a|a|");
        assertThat(Jsoup.parseBodyFragment(RENDERER.render("| a | b |\n|---|---|\n| 1 |\n").html()).select("td")).hasSize(2);
    }

    @Test
    void exportsStillDecodeTheSame() {
        assertThat(ExportNewlinesAccess.decode("$$ x" + "\\nu".repeat(3) + "\\n$$")).isEqualTo("$$ x\\nu\\nu\\nu\n$$");
        assertThat(ExportNewlinesAccess.decode("`a\\nb`\\nc")).isEqualTo("`a\\nb`\nc");
        assertThat(ExportNewlinesAccess.decode("`a\\nb\\nc`")).isEqualTo("`a\nb\nc`");
    }

    /** Times {@code work} on the answer at a quarter and at the full size and checks it grows linearly. */
    private static void assertLinear(IntFunction<String> shape, UnaryOperator<String> work) {
        String quarter = shape.apply(MIB / 4);
        String full = shape.apply(MIB);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            work.apply(quarter); // warm-up
            double small = bestOfTwo(work, quarter);
            double large = bestOfTwo(work, full);
            assertThat(large).as("seconds for 1 MiB").isLessThan(CEILING.toMillis() / 1000.0);
            assertThat(large).as("seconds for 1 MiB against %.3f s for 256 KiB", small)
                    .isLessThan(Math.max(10 * small, MEASURABLE_SECONDS));
        });
    }

    private static double bestOfTwo(UnaryOperator<String> work, String input) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            work.apply(input);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private static Arguments shape(String name, IntFunction<String> answer) {
        return Arguments.of(name, answer);
    }

    /** {@code unit} repeated to exactly {@code length} characters. */
    static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    private static String nestedLists(int length) {
        StringBuilder b = new StringBuilder();
        for (int depth = 0; b.length() < length; depth++) {
            b.append("  ".repeat(depth)).append("* a\n");
        }
        return b.toString();
    }

    private static String backtickRuns(int length) {
        StringBuilder b = new StringBuilder();
        for (int ticks = 1; b.length() < length; ticks++) {
            b.append('e').append("`".repeat(ticks));
        }
        return b.toString();
    }

    private static String decreasingCodeSpans(int length) {
        int ticks = (int) Math.sqrt(2.0 * length);
        StringBuilder b = new StringBuilder();
        for (; ticks > 0; ticks--) {
            b.append("`".repeat(ticks)).append("x\\n");
        }
        return b.toString();
    }
}
