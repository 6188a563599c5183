package com.quicktakes.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HomeResourceTest {

    @Test
    void showsEverySubjectWithItsListedQuestionCount() {
        Document home = Html.get("/");
        assertThat(home.select(".subject-grid a")).extracting(a -> a.attr("href") + " " + a.text()).containsExactly(
                "/learn/arts-humanities Arts & Humanities 1 question",
                "/learn/computer-science Computer Science 4 questions",
                "/learn/geography Geography 51 questions",
                "/learn/history-of-the-world History of the World 1 question",
                "/learn/mathematics Mathematics 2 questions",
                "/learn/physics Physics 1 question");
    }

    @Test
    void showsTheNewestListedQuestionsNewestFirst() {
        Document home = Html.get("/");
        Element first = home.select("section[aria-labelledby=newest-heading] li").first();
        assertThat(first.select("a").attr("href")).isEqualTo("/learn/arts-humanities/questions/godels-incompleteness-theorems");
        assertThat(first.select("time").attr("datetime")).isEqualTo("2025-05-05");
        assertThat(home.select("section[aria-labelledby=newest-heading] li")).hasSize(HomeResource.NEWEST);
        assertThat(home.select("a[href=/learn/mathematics/questions/a-draft-that-search-engines-should-not-index]")).isEmpty();
    }

    @Test
    void hasTheHeadEveryPageNeeds() {
        Document home = Html.get("/");
        assertThat(home.select("html").attr("lang")).isEqualTo("en");
        assertThat(home.title()).isEqualTo("QuickTakes | Study answers, one question at a time");
        assertThat(home.select("h1")).hasSize(1);
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/");
        assertThat(home.select("meta[name=description]").attr("content")).startsWith("QuickTakes: clear, worked answers to 60 school questions in 6 subjects");
        assertThat(home.select("meta[name=robots]")).isEmpty();
        assertThat(home.select("header .site-name").text()).isEqualTo("QuickTakes");
    }

    @Test
    void theStylesheetIsServedWithLongCaching() {
        Document home = Html.get("/");
        String stylesheet = home.select("link[rel=stylesheet]").attr("href");
        assertThat(stylesheet).matches("/assets/site-[0-9a-f]{10}\\.css");
        var css = Html.fetch(stylesheet, 200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        Html.fetch("/assets/site-0000000000.css", 404);
    }
}
