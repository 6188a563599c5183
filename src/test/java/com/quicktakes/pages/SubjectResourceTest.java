package com.quicktakes.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SubjectResourceTest {

    @Test
    void firstPageListsFiftyQuestionsNewestFirstAndLinksTheNext() {
        Document page = Html.get("/learn/geography");
        assertThat(page.select("h1").text()).isEqualTo("Geography");
        assertThat(page.title()).isEqualTo("Geography questions and answers | QuickTakes");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/learn/geography");
        assertThat(page.select("main .question-list li")).hasSize(50);
        assertThat(page.select("main .question-list time").eachAttr("datetime"))
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(page.select("head link[rel=next]").attr("href")).isEqualTo("/learn/geography?page=2");
        assertThat(page.select("head link[rel=prev]")).isEmpty();
        assertThat(page.select(".pagination a[rel=next]").attr("href")).isEqualTo("/learn/geography?page=2");
        assertThat(page.select(".pagination li").eachText()).containsExactly("1", "2", "Next page");
        assertThat(page.select(".breadcrumb li").eachText()).containsExactly("Home", "Geography");
    }

    @Test
    void lastPageHasTheRestAndLinksBack() {
        Document page = Html.get("/learn/geography?page=2");
        assertThat(page.select("main .question-list li")).hasSize(1);
        assertThat(page.title()).isEqualTo("Geography questions and answers, page 2 | QuickTakes");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/learn/geography?page=2");
        assertThat(page.select("head link[rel=prev]").attr("href")).isEqualTo("/learn/geography");
        assertThat(page.select("head link[rel=next]")).isEmpty();
        assertThat(page.select("meta[name=description]").attr("content")).endsWith("(page 2 of 2).");
    }

    @Test
    void pageOneHasOneAddress() {
        var response = Html.fetch("/learn/geography?page=1", 301);
        assertThat(response.header("Location")).isEqualTo("http://localhost:8080/learn/geography");
    }

    @ParameterizedTest
    @ValueSource(strings = { "3", "0", "-1", "abc", "01", "99999999999" })
    void pagesThatDoNotExistAre404(String number) {
        Document page = Html.parse(Html.fetch("/learn/geography?page=" + number, 404));
        assertThat(page.select("a[href=/learn/geography]")).isNotEmpty();
    }

    @Test
    void unlistedQuestionsAreLeftOut() {
        Document page = Html.get("/learn/mathematics");
        assertThat(page.select("main .question-list a").eachAttr("href")).containsExactly(
                "/learn/mathematics/questions/how-do-gradients-point-uphill",
                "/learn/mathematics/questions/what-is-a-derivative");
        assertThat(page.select(".pagination")).isEmpty();
    }

    @Test
    void oneNamePerSubjectTheMostCommonSpelling() {
        Document page = Html.get("/learn/computer-science");
        assertThat(page.select("h1").text()).isEqualTo("Computer Science");
        assertThat(page.select("main .question-list li")).hasSize(4);
    }

    @Test
    void unknownSubjectIs404() {
        Document page = Html.parse(Html.fetch("/learn/alchemy", 404));
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("main a[href=/]")).hasSize(1);
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
    }
}
