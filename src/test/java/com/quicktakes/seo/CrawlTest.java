package com.quicktakes.seo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Walks the whole site from {@code /} as a crawler does, following every link, and checks what a
 * crawler would hold against it: broken links, redirects behind internal links, pages missing
 * from the sitemaps, duplicate titles or descriptions, and pages without exactly one h1.
 */
@QuarkusTest
class CrawlTest {

    @Test
    void theWholeSiteIsCrawlableWithoutAFault() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Document> htmlPages = new HashMap<>();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            Response response = given().redirects().follow(false).urlEncodingEnabled(false).get(path);
            assertThat(response.statusCode()).as("status of internal link " + path).isEqualTo(200);
            if (!response.contentType().startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body().asString(), "http://localhost:8080" + path);
            htmlPages.put(path, page);
            for (Element link : page.select("a[href], link[href], script[src]")) {
                String target = link.hasAttr("src") ? link.attr("src") : link.attr("href");
                if (target.startsWith("#")) {
                    assertThat(page.getElementById(target.substring(1))).as("target of " + target + " on " + path).isNotNull();
                } else if (target.startsWith("/") && !target.startsWith("//") && seen.add(target)) {
                    queue.add(target);
                }
            }
        }

        assertThat(htmlPages).as("pages found").hasSizeGreaterThan(60);
        Map<String, String> titles = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        for (var entry : htmlPages.entrySet()) {
            Document page = entry.getValue();
            assertThat(page.select("h1")).as("h1 of " + entry.getKey()).hasSize(1);
            String title = page.title();
            assertThat(titles.put(title, entry.getKey())).as("title '" + title + "' of " + entry.getKey()).isNull();
            String description = page.select("meta[name=description]").attr("content");
            assertThat(description).as("description of " + entry.getKey()).isNotBlank();
            assertThat(descriptions.put(description, entry.getKey())).as("description of " + entry.getKey()).isNull();
        }

        Set<String> inSitemaps = new LinkedHashSet<>(SitemapsTest.allUrls());
        for (var entry : htmlPages.entrySet()) {
            boolean indexable = entry.getValue().select("meta[name=robots][content*=noindex]").isEmpty();
            if (indexable) {
                assertThat(inSitemaps).as("sitemaps list " + entry.getKey()).contains("http://localhost:8080" + entry.getKey());
            }
        }
        for (String url : inSitemaps) {
            assertThat(htmlPages).as("a link leads to " + url).containsKey(url.substring("http://localhost:8080".length()));
        }
    }
}
