package com.quicktakes.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quicktakes.pages.Html;

import io.quarkus.test.junit.QuarkusTest;

/** What each page says about itself: Open Graph, Twitter cards and JSON-LD structured data. */
@QuarkusTest
class PageHeadTest {

    private static final String GRADIENT = "/learn/mathematics/questions/how-do-gradients-point-uphill";
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode structuredData(Document page) throws Exception {
        var scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        JsonNode root = json.readTree(scripts.first().data());
        assertThat(root.get("@context").asText()).isEqualTo("https://schema.org");
        return root;
    }

    private static JsonNode ofType(JsonNode root, String type) {
        for (JsonNode node : root.has("@graph") ? root.get("@graph") : List.of(root)) {
            if (node.get("@type").asText().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " in " + root);
    }

    private static List<String> breadcrumbs(JsonNode root) {
        List<String> items = new ArrayList<>();
        for (JsonNode item : ofType(root, "BreadcrumbList").get("itemListElement")) {
            assertThat(item.get("@type").asText()).isEqualTo("ListItem");
            items.add(item.get("position").asInt() + " " + item.get("name").asText() + " " + item.get("item").asText());
        }
        return items;
    }

    @Test
    void aQuestionIsAnArticleWhoseMainEntityIsTheQuestionWithItsOneAnswer() throws Exception {
        JsonNode root = structuredData(Html.get("/learn/mathematics/questions/what-is-a-derivative"));
        JsonNode article = ofType(root, "Article");
        String url = "http://localhost:8080/learn/mathematics/questions/what-is-a-derivative";
        assertThat(article.get("headline").asText()).isEqualTo("What is a derivative?");
        assertThat(article.get("url").asText()).isEqualTo(url);
        assertThat(article.get("mainEntityOfPage").asText()).isEqualTo(url);
        assertThat(article.get("datePublished").asText()).isEqualTo("2024-11-03");
        assertThat(article.get("dateModified").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(article.get("author").get("@type").asText()).isEqualTo("Person");
        assertThat(article.get("author").get("name").asText()).isEqualTo("Ada Teacher");
        assertThat(article.get("publisher").get("name").asText()).isEqualTo("QuickTakes");
        assertThat(article.get("articleSection").asText()).isEqualTo("Mathematics");
        JsonNode question = article.get("mainEntity");
        assertThat(question.get("@type").asText()).isEqualTo("Question");
        assertThat(question.get("name").asText()).isEqualTo("What is a derivative?");
        assertThat(question.get("text").asText()).isEqualTo("What is a derivative? Explain it with the power rule.");
        assertThat(question.get("answerCount").asInt()).isEqualTo(1);
        JsonNode answer = question.get("acceptedAnswer");
        assertThat(answer.get("@type").asText()).isEqualTo("Answer");
        assertThat(answer.get("text").asText()).startsWith("A derivative measures how fast a function changes");
        assertThat(answer.get("url").asText()).isEqualTo(url);
        assertThat(breadcrumbs(root)).containsExactly("1 Home http://localhost:8080/",
                "2 Mathematics http://localhost:8080/learn/mathematics", "3 What is a derivative? " + url);
    }

    @Test
    void theSiteIsTheAuthorWhenTheFileSaysSo() throws Exception {
        JsonNode article = ofType(structuredData(Html.get(GRADIENT)), "Article");
        assertThat(article.get("author").get("@type").asText()).isEqualTo("Organization");
        assertThat(article.get("author").get("name").asText()).isEqualTo("QuickTakes");
    }

    @Test
    void subjectPagesAreCollectionsWithBreadcrumbsAndTheHomePageIsTheWebSite() throws Exception {
        JsonNode subject = structuredData(Html.get("/learn/geography?page=2"));
        assertThat(ofType(subject, "CollectionPage").get("url").asText()).isEqualTo("http://localhost:8080/learn/geography?page=2");
        assertThat(breadcrumbs(subject)).containsExactly("1 Home http://localhost:8080/", "2 Geography http://localhost:8080/learn/geography");
        JsonNode home = structuredData(Html.get("/"));
        assertThat(home.get("@type").asText()).isEqualTo("WebSite");
        assertThat(home.get("name").asText()).isEqualTo("QuickTakes");
        assertThat(home.get("url").asText()).isEqualTo("http://localhost:8080/");
    }

    @Test
    void noContentCanCloseTheScriptElement() throws Exception {
        var response = Html.fetch("/learn/computer-science/questions/why-must-script-never-run", 200);
        String html = response.body().asString();
        assertThat(html).doesNotContain("</script><script>alert(1)");
        Document page = Html.parse(response);
        assertThat(page.select("script")).hasSize(1);
        assertThat(ofType(structuredData(page), "Article").get("headline").asText())
                .isEqualTo("Why must </script><script>alert(1)</script> never run?");
        assertThat(page.select("h1").text()).isEqualTo("Why must </script><script>alert(1)</script> never run?");
    }

    @Test
    void openGraphAndTwitterCards() {
        Document page = Html.get(GRADIENT);
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("How do gradients point uphill?");
        assertThat(page.select("meta[property=og:description]").attr("content"))
                .isEqualTo(page.select("meta[name=description]").attr("content"));
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost:8080" + GRADIENT);
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:site_name]").attr("content")).isEqualTo("QuickTakes");
        assertThat(page.select("meta[property=article:published_time]").attr("content")).isEqualTo("2025-02-08");
        assertThat(page.select("meta[property=article:section]").attr("content")).isEqualTo("Mathematics");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(page.select("meta[name=twitter:title]").attr("content")).isEqualTo("How do gradients point uphill?");
        assertThat(Html.get("/").select("meta[property=og:type]").attr("content")).isEqualTo("website");
    }
}
