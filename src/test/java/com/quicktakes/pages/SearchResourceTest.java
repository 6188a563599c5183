package com.quicktakes.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** {@code /search}, as a student and a crawler see it, on the test content. */
@QuarkusTest
class SearchResourceTest {

    private static String search(String query) {
        return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void findsQuestionsWithTheTitleFirstAndShowsTheirSubjectAndASnippet() {
        Document page = Html.get(search("derivative"));
        Element first = page.selectFirst("ol.results li");
        assertThat(first.selectFirst("a").attr("href")).isEqualTo("/learn/mathematics/questions/what-is-a-derivative");
        assertThat(first.selectFirst("a mark").text()).isEqualToIgnoringCase("derivative");
        assertThat(first.select(".meta").text()).isEqualTo("Mathematics");
        assertThat(first.select(".snippet mark")).isNotEmpty();
        assertThat(page.select("p.lead").text()).containsPattern("\\d+ questions? found");
    }

    @Test
    void marksAreTheOnlyMarkupInTitlesAndSnippets() {
        Document page = Html.get(search("script never run"));
        Element hit = page.select("ol.results li").stream()
                .filter(li -> li.selectFirst("a").attr("href").endsWith("why-must-script-never-run")).findFirst().orElseThrow();
        assertThat(hit.select("script")).isEmpty();
        assertThat(hit.selectFirst("a").text()).contains("</script><script>alert(1)</script>");
        assertThat(hit.selectFirst("a").children()).allSatisfy(child -> assertThat(child.tagName()).isEqualTo("mark"));
        assertThat(page.select("script")).as("no script on the page at all").allMatch(s -> s.attr("type").equals("application/ld+json"));
    }

    @Test
    void typingMistakesPluralsAndCaseStillFind() {
        assertThat(Html.get(search("Mississipi")).select("ol.results a").eachAttr("href"))
                .contains("/learn/geography/questions/where-does-the-mississippi-river-flow");
        assertThat(Html.get(search("DERIVATIVES")).select("ol.results a").eachAttr("href"))
                .contains("/learn/mathematics/questions/what-is-a-derivative");
    }

    @Test
    void theSubjectFilterKeepsTheCountsOfEverySubject() {
        Document all = Html.get(search("river"));
        assertThat(all.select(".subject-filter a").eachText()).anyMatch(text -> text.matches("Geography \\(\\d+\\)"));
        String geography = all.select(".subject-filter a").stream().filter(a -> a.text().startsWith("Geography"))
                .findFirst().orElseThrow().attr("href");
        assertThat(geography).isEqualTo("/search?q=river&subject=geography");
        Document filtered = Html.get(geography);
        assertThat(filtered.select("ol.results .meta").eachText()).isNotEmpty().allMatch("Geography"::equals);
        assertThat(filtered.select(".subject-filter [aria-current]").text()).startsWith("Geography (");
        assertThat(filtered.select(".subject-filter a").eachText()).contains("All subjects");
    }

    @Test
    void resultsArePagedLikeSubjectPages() {
        Document first = Html.get("/search?q=river&subject=geography");
        assertThat(first.select("ol.results li")).hasSize(20);
        assertThat(first.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/search?page=2&q=river&subject=geography");
        Document second = Html.get("/search?page=2&q=river&subject=geography");
        assertThat(second.select("ol.results li")).isNotEmpty();
        assertThat(second.select("ol.results a").eachAttr("href")).doesNotContainAnyElementsOf(first.select("ol.results a").eachAttr("href"));
    }

    @Test
    void resultPagesAreNotIndexedAndHaveOneCanonicalAddress() {
        Document page = Html.get("/search?subject=geography&q=%20%20River%20%20flow&utm=x");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost:8080/search?q=River+flow&subject=geography");
        assertThat(page.select("#site-search").val()).isEqualTo("River flow");
    }

    @Test
    void theDescriptionNamesTheQueryEscaped() {
        Document page = Html.get("/search?q=%3Cb%3Eriver%3C%2Fb%3E");
        assertThat(page.select("meta[name=description]").attr("content"))
                .isEqualTo("QuickTakes's questions and answers that match \u201c<b>river</b>\u201d.");
        assertThat(page.head().select("b")).isEmpty();
    }

    @Test
    void didYouMeanWhenNothingIsFoundButACorrectionWould() {
        // A wrong first letter: typo tolerance keeps the first letter, so only the suggestion finds it.
        Document page = Html.get(search("wueue"));
        assertThat(page.select("ol.results li")).isEmpty();
        assertThat(page.select(".suggestion a").text()).isEqualTo("queue");
        assertThat(page.select(".suggestion a").attr("href")).isEqualTo("/search?q=queue");
        assertThat(Html.get("/search?q=queue").select("ol.results a").eachAttr("href")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "%20%20%20", "title%3A(", "*", "AND%20OR", "~", "%22unclosed", "%5C", "%F0%9F%98%80%E2%80%AE%D8%B9",
            "a%CC%81%CC%81%CC%81", "%00%01%1B", "the%20to%20be" })
    void anyQueryGetsAPageNeverAnError(String query) {
        Response response = Html.fetch("/search?q=" + query, 200);
        Document page = Html.parse(response);
        assertThat(page.select("h1").text()).startsWith("Search");
        assertThat(response.body().asString()).doesNotContain("Exception").doesNotContain("Lucene");
    }

    @Test
    void aVeryLongQueryIsCutNotRefused() {
        Document page = Html.get("/search?q=" + "river%20".repeat(1500));
        assertThat(page.select("#site-search").val().length()).isLessThanOrEqualTo(256);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/search?q=river&page=-1", "/search?q=river&page=abc", "/search?q=river&page=0",
            "/search?q=river&page=51", "/search?q=river&page=99999999999", "/search?q=river&subject=alchemy",
            "/search?q=river&subject=%3Cscript%3E" })
    void aBadPageOrSubjectIsA400ThatSaysWhat(String path) {
        Document page = Html.parse(Html.fetch(path, 400));
        assertThat(page.select("[role=alert]").text()).matches("(The page number must be .*|There is no subject .*)");
        assertThat(page.select("script")).allMatch(s -> s.attr("type").equals("application/ld+json"));
    }

    @Test
    void everyPageHasTheSearchBoxAndTheSubjects() {
        for (String path : new String[] { "/", "/learn/geography", "/learn/mathematics/questions/what-is-a-derivative", "/no-such-page" }) {
            Document page = Html.parse(Html.fetch(path, path.equals("/no-such-page") ? 404 : 200));
            Element form = page.selectFirst("header form[role=search]");
            assertThat(form.attr("action")).as(path).isEqualTo("/search");
            assertThat(form.attr("method")).isEqualTo("get");
            assertThat(page.select("label[for=site-search]").text()).isEqualTo("Search all questions");
            assertThat(page.select("nav.subject-nav a").eachAttr("href")).contains("/learn/geography", "/learn/mathematics");
        }
        Document subject = Html.get("/learn/geography");
        assertThat(subject.select("form.subject-search input[name=subject]").val()).isEqualTo("geography");
        assertThat(subject.select("form.subject-search").attr("aria-label")).isEqualTo("Search Geography questions");
    }

    @Test
    void robotsDisallowsResults() {
        assertThat(io.restassured.RestAssured.given().get("/robots.txt").body().asString()).contains("Disallow: /search\n");
    }
}
