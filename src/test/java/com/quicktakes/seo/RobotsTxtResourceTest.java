package com.quicktakes.seo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RobotsTxtResourceTest {

    @Test
    void allowsEveryPageButSearchResultsAndNamesTheSitemap() {
        var response = given().get("/robots.txt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        assertThat(response.body().asString()).isEqualTo("""
                User-agent: *
                Disallow: /search
                Allow: /

                Sitemap: http://localhost:8080/sitemap.xml
                """);
    }
}
