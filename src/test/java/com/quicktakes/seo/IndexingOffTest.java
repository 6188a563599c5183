package com.quicktakes.seo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.quicktakes.pages.Html;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A staging copy ({@code site.indexing=false}): nothing may be crawled or indexed. */
@QuarkusTest
@TestProfile(IndexingOffTest.Staging.class)
class IndexingOffTest {

    public static class Staging implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("site.indexing", "false", "quarkus.datasource.jdbc.url", "jdbc:h2:mem:staging-tests;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void robotsDisallowEverything() {
        String robots = given().get("/robots.txt").body().asString();
        assertThat(robots).contains("User-agent: *\nDisallow: /\n").doesNotContain("Allow: /\n").doesNotContain("Sitemap:");
    }

    @Test
    void everyPageSaysNoindex() {
        for (String path : new String[] { "/", "/learn/geography", "/learn/mathematics/questions/how-do-gradients-point-uphill" }) {
            assertThat(Html.get(path).select("meta[name=robots]").attr("content")).as(path).isEqualTo("noindex, follow");
            var response = given().get(path);
            assertThat(response.header("X-Robots-Tag")).as(path + " " + response.headers()).isEqualTo("noindex");
        }
        assertThat(given().get("/feed.xml").header("X-Robots-Tag")).isEqualTo("noindex");
        assertThat(given().get("/sitemaps/pages.xml").header("X-Robots-Tag")).isEqualTo("noindex");
    }
}
