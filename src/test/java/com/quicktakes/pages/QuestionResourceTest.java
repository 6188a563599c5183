package com.quicktakes.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class QuestionResourceTest {

    private static final String GRADIENT = "/learn/mathematics/questions/how-do-gradients-point-uphill";
    private static final String DERIVATIVE = "/learn/mathematics/questions/what-is-a-derivative";
    private static final String STACK = "/learn/computer-science/questions/what-is-a-stack";
    private static final String DIV_SPAN = "/learn/computer-science/questions/what-is-the-difference-between-div-and-span-elements-in-html";

    @Test
    void showsTheQuestionWithItsHead() {
        Document page = Html.get(GRADIENT);
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("How do gradients point uphill?");
        assertThat(page.title()).isEqualTo("How do gradients point uphill? | Mathematics | QuickTakes");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080" + GRADIENT);
        assertThat(page.select("meta[name=description]").attr("content"))
                .isEqualTo("Why the gradient of a function points in the direction of steepest ascent, with a worked example.");
        assertThat(page.select("meta[name=keywords]").attr("content")).isEqualTo("gradient, steepest ascent, partial derivatives, nabla");
        assertThat(page.select("meta[name=robots]")).isEmpty();
        assertThat(page.select(".question-text")).isEmpty();
    }

    @Test
    void breadcrumbLeadsFromHomeThroughTheSubject() {
        Document page = Html.get(GRADIENT);
        assertThat(page.select("nav[aria-label=Breadcrumb] li").eachText())
                .containsExactly("Home", "Mathematics", "How do gradients point uphill?");
        assertThat(page.select("nav[aria-label=Breadcrumb] a").eachAttr("href")).containsExactly("/", "/learn/mathematics");
        assertThat(page.select("nav[aria-label=Breadcrumb] [aria-current=page]").text()).isEqualTo("How do gradients point uphill?");
    }

    @Test
    void postedOnInTheFilesDateFormat() {
        Document gradient = Html.get(GRADIENT);
        assertThat(gradient.select(".byline").text()).isEqualTo("Posted on Feb 08, 2025 · by QuickTakes · 1 min read");
        assertThat(gradient.select(".byline time").attr("datetime")).isEqualTo("2025-02-08");
        Document derivative = Html.get(DERIVATIVE);
        assertThat(derivative.select(".byline").text()).isEqualTo("Published November 3rd, 2024 · by Ada Teacher · 1 min read");
    }

    @Test
    void showsTheFullQuestionWhereItDiffersFromTheTitle() {
        Document page = Html.get(DERIVATIVE);
        assertThat(page.select("h1").text()).isEqualTo("What is a derivative?");
        assertThat(page.select(".question-text").text()).isEqualTo("What is a derivative? Explain it with the power rule.");
    }

    @Test
    void relatedQuestionsThatResolveOnceEachNeverItselfNeverDangling() {
        Document page = Html.get(GRADIENT);
        assertThat(page.select(".related[aria-labelledby=related-heading] a").eachAttr("href"))
                .containsExactly(DERIVATIVE, STACK);
        assertThat(page.select("a[href*=a-question-that-was-never-exported]")).isEmpty();
        assertThat(page.select(".related a[href=" + GRADIENT + "]")).isEmpty();
    }

    @Test
    void relatedArticlesFollowTheirNumbersAndUseTheTargetsTitle() {
        Document page = Html.get("/learn/history-of-the-world/questions/what-was-the-cold-war");
        assertThat(page.select(".related[aria-labelledby=related-heading] a").eachAttr("href"))
                .containsExactly(STACK, DERIVATIVE, DIV_SPAN, GRADIENT);
        assertThat(page.select(".related a[href=" + DIV_SPAN + "]").text())
                .isEqualTo("What is the difference between <div> & <span> elements in HTML?");
        assertThat(page.select("#more-heading")).isEmpty();
    }

    @Test
    void moreFromTheSubjectWhenFewerThanThreeRelatedResolve() {
        Document page = Html.get("/learn/geography/questions/where-does-the-nile-river-flow");
        assertThat(page.select("#related-heading")).isEmpty();
        assertThat(page.select("#more-heading").text()).isEqualTo("More Geography questions");
        assertThat(page.select(".related[aria-labelledby=more-heading] a")).hasSize(QuestionResource.MORE_FROM_SUBJECT)
                .allSatisfy(a -> assertThat(a.attr("href")).startsWith("/learn/geography/questions/")
                        .isNotEqualTo("/learn/geography/questions/where-does-the-nile-river-flow"));
        assertThat(page.select("p.back a").attr("href")).isEqualTo("/learn/geography");
    }

    @Test
    void untrustedTextIsEscapedEverywhere() {
        Document page = Html.get(DIV_SPAN);
        assertThat(page.select("h1").text()).isEqualTo("What is the difference between <div> & <span> elements in HTML?");
        assertThat(page.title()).isEqualTo("What is the difference between <div> & <span> elements in HTML?");
        assertThat(page.select("meta[name=description]").attr("content"))
                .isEqualTo("<div> is a block element & <span> is inline: how the two \"generic\" HTML containers differ.");
        assertThat(page.select("main div:not(.answer), main span:not(.author, .reading-time)")).isEmpty();
        assertThat(page.select("script:not([type=application/ld+json]), iframe, img, [onerror]")).isEmpty();
        assertThat(page.select(".answer").text()).contains("<script>alert('xss')</script>");
        assertThat(page.select(".answer a").eachAttr("href")).containsExactly("", "", "", "https://developer.mozilla.org/");
    }

    @Test
    void codeKeepsItsEscapesAndTablesTheirAlignment() {
        Document page = Html.get(STACK);
        assertThat(page.select(".answer pre code.language-c").text())
                .contains("printf(\"Stack overflow\\n\");")
                .contains("putchar('\\n');");
        assertThat(page.select(".answer pre code").first().wholeText()).contains("{\n    printf");
        assertThat(page.select(".answer :not(pre) > code").first().text()).isEqualTo("\\n");
        assertThat(page.select(".answer table th").eachAttr("align")).containsExactly("left", "right");
    }

    @Test
    void pagesWithFormulasAloneLoadTheTypesetterFromTheSiteItself() {
        Document gradient = Html.get(GRADIENT);
        assertThat(gradient.select(".answer .math-display").text()).startsWith("\\nabla f = ");
        assertThat(gradient.select(".answer .math-inline").eachText()).contains("q \\neq 0", "E = h \\nu", "\\nabla f");
        String stylesheet = gradient.select("head link[rel=stylesheet][href*=katex]").attr("href");
        assertThat(stylesheet).isEqualTo("/assets/katex-0.16.47/katex.min.css");
        assertThat(gradient.select("head script[defer]").eachAttr("src"))
                .containsExactly("/assets/katex-0.16.47/katex.min.js", gradient.select("head script[defer]").get(1).attr("src"));
        assertThat(gradient.select("head script[defer]").get(1).attr("src")).matches("/assets/math-[0-9a-f]{10}\\.js");
        for (String asset : new String[] { stylesheet, "/assets/katex-0.16.47/katex.min.js",
                gradient.select("head script[defer]").get(1).attr("src"), "/assets/katex-0.16.47/fonts/KaTeX_Main-Regular.woff2" }) {
            var response = Html.fetch(asset, 200);
            assertThat(response.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        }
        Html.fetch("/assets/katex-0.16.47/../../application.properties", 404);
        Html.fetch("/assets/katex-0.16.47/README.md", 404);

        Document stack = Html.get(STACK);
        assertThat(stack.select("script:not([type=application/ld+json]), link[href*=katex]")).isEmpty();
        assertThat(stack.select(".math")).isEmpty();
        assertThat(stack.select(".answer").text()).contains("Prices like $5 and $10 are not math.");
    }

    @Test
    void wideTablesScrollInTheirOwnBox() {
        Document page = Html.get(STACK);
        assertThat(page.select(".answer .table-scroll[tabindex=0] > table")).hasSize(1);
    }

    @Test
    void longAnswersHaveATableOfContentsAndEveryHeadingLinksToItself() {
        Document page = Html.get("/learn/physics/questions/how-do-waves-carry-energy");
        assertThat(page.select(".byline .reading-time").text()).isEqualTo("· 5 min read");
        assertThat(page.select("nav.toc h2#contents").text()).isEqualTo("Contents");
        assertThat(page.select("nav.toc > ol > li > a").eachAttr("href")).containsExactly(
                "#what-a-wave-carries", "#describing-a-wave", "#energy-and-amplitude", "#contents-1");
        assertThat(page.select("nav.toc ol ol a").eachText()).containsExactly("Transverse and longitudinal waves", "The wave equation");
        for (var link : page.select("nav.toc a")) {
            var heading = page.getElementById(link.attr("href").substring(1));
            assertThat(heading).as(link.attr("href")).isNotNull();
            assertThat(heading.tagName()).isIn("h2", "h3");
            assertThat(heading.select("a.heading-link").attr("href")).isEqualTo(link.attr("href"));
        }
        assertThat(Html.get(GRADIENT).select("nav.toc")).as("a short answer has none").isEmpty();
    }

    @Test
    void theBodyServesAsAnswerWhenTheFrontMatterHasNone() {
        Document page = Html.get("/learn/computer-science/questions/what-is-a-queue");
        assertThat(page.select(".answer strong").text()).isEqualTo("first-in, first-out");
        assertThat(page.select(".answer li")).hasSize(2);
    }

    @Test
    void noIndexQuestionsAreReachableButNotIndexed() {
        Document page = Html.get("/learn/mathematics/questions/a-draft-that-search-engines-should-not-index");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
    }

    @Test
    void filesAreFoundAtAnyDepthAndWithoutAUrl() {
        Html.get("/learn/history-of-the-world/questions/what-was-the-cold-war");
        Document godel = Html.get("/learn/arts-humanities/questions/godels-incompleteness-theorems");
        assertThat(godel.select("h1").text()).isEqualTo("What did Gödel’s incompleteness theorems show?");
    }

    @Test
    void unknownQuestionIs404WithALinkToItsSubject() {
        Document page = Html.parse(Html.fetch("/learn/mathematics/questions/no-such-question", 404));
        assertThat(page.select("main a[href=/learn/mathematics]").text()).isEqualTo("Browse all Mathematics questions");
        assertThat(page.select("main a[href=/]")).hasSize(1);
        Document noSubject = Html.parse(Html.fetch("/learn/alchemy/questions/lead-into-gold", 404));
        assertThat(noSubject.select("main a[href^=/learn]")).isEmpty();
    }

    @Test
    void hiddenAndNonMarkdownFilesAreNotImported() {
        Html.fetch("/learn/mathematics/questions/hidden-files-are-ignored", 404);
        Html.fetch("/learn/mathematics/questions/hidden", 404);
    }
}
