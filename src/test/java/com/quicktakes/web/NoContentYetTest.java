package com.quicktakes.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.quicktakes.ManagementPort;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** A fresh server before its first import has committed: it says so, with a status a client can act on. */
@QuarkusTest
@TestProfile(NoContentYetTest.Fresh.class)
class NoContentYetTest {

    public static class Fresh implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("site.import-on-start", "false", "quarkus.datasource.jdbc.url", "jdbc:h2:mem:no-content-yet;DB_CLOSE_DELAY=-1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/learn/mathematics", "/learn/mathematics/questions/what-is-a-derivative", "/feed.xml",
            "/sitemap.xml", "/sitemaps/pages.xml", "/no-such-page" })
    void pagesAre503WithRetryAfterAndAShortPage(String path) {
        Response response = given().redirects().follow(false).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("10");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.body().asString()).contains("<h1>Starting up</h1>").doesNotContain("Exception");
    }

    @Test
    void robotsTxtAndTheAssetsStillAnswer() {
        assertThat(given().get("/robots.txt").statusCode()).isEqualTo(200);
        String stylesheet = "/assets/katex-0.16.47/katex.min.css";
        assertThat(given().get(stylesheet).statusCode()).isEqualTo(200);
    }

    @Test
    void readinessIsDown() {
        assertThat(ManagementPort.given().get("/q/health/ready").statusCode()).isEqualTo(503);
    }
}
