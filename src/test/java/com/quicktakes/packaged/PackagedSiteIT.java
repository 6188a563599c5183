package com.quicktakes.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.quicktakes.ManagementPort;
import com.quicktakes.PackagedApp;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The packaged application as the native container runs it (profiles {@code prod,memory}: the
 * database in memory, filled by the import at start), seen by a browser and a crawler. Runs against
 * the JVM build in CI and against the native executable after {@code ./mvnw verify -Dnative}.
 */
@QuarkusIntegrationTest
@TestProfile(PackagedSiteIT.ContainerProfile.class)
class PackagedSiteIT {

    public static class ContainerProfile implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod,memory";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("site.content-dir", Path.of("src/test/resources/content").toAbsolutePath().toString(),
                    "quarkus.management.port", String.valueOf(ManagementPort.port()));
        }
    }

    private static final String QUESTION = "/learn/mathematics/questions/what-is-a-derivative";

    @BeforeEach
    void contentLoaded() throws InterruptedException {
        assertThat(PackagedApp.awaitStatus(ManagementPort.port(), "/q/health/ready", 200)).as("ready").isEqualTo(200);
    }

    private static Response fetch(String path) {
        return given().redirects().follow(false).when().get(path);
    }

    @Test
    void healthChecksAreUp() {
        ManagementPort.given().get("/q/health/ready").then().statusCode(200).body("checks.find { it.name == 'content' }.status", equalTo("UP"));
        ManagementPort.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aQuestionPageIsServedCompressedWithItsAnswerAndMath() {
        Response response = given().header("Accept-Encoding", "gzip").get(QUESTION);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.header("ETag")).isNotBlank();
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("h1").text()).isNotBlank();
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(QUESTION);
        assertThat(page.select(".answer .math")).as("formulas").isNotEmpty();
        assertThat(page.select("script[type=application/ld+json]")).isNotEmpty();

        // The stylesheets and scripts the page links to, KaTeX's among them, are in the build
        // (in a native image: registered resources).
        assertThat(page.select("script[src]")).as("scripts").isNotEmpty();
        page.select("link[rel=stylesheet]").eachAttr("href").forEach(href -> fetch(href).then().statusCode(200));
        page.select("script[src]").eachAttr("src").forEach(src -> fetch(src).then().statusCode(200));
    }

    @Test
    void homeAndSubjectPagesListTheContent() {
        Document home = Jsoup.parse(fetch("/").then().statusCode(200).extract().asString());
        assertThat(home.select("a[href=/learn/mathematics]")).isNotEmpty();
        Document subject = Jsoup.parse(fetch("/learn/mathematics").then().statusCode(200).extract().asString());
        assertThat(subject.select("a[href=" + QUESTION + "]")).isNotEmpty();
    }

    @Test
    void searchFindsQuestionsInTheInMemoryIndex() {
        Document results = Jsoup.parse(fetch("/search?q=derivatives").then().statusCode(200).extract().asString());
        assertThat(results.select("ol.results a").eachAttr("href")).contains(QUESTION);
        assertThat(results.select("ol.results mark")).isNotEmpty();
        assertThat(results.select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
        assertThat(fetch("/search?q=derivative&page=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void badUrlsGetHonestStatusCodes() {
        fetch("/learn/mathematics/questions/no-such-question").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("<h1"));
        fetch(QUESTION + "/").then().statusCode(301).header("Location", containsString(QUESTION));
        fetch("/learn/physics/questions/what-is-a-derivative").then().statusCode(301).header("Location", containsString(QUESTION));
        fetch("/learn/no-such-subject").then().statusCode(404);
    }

    @Test
    void crawlersFindRobotsSitemapsAndFeeds() {
        fetch("/robots.txt").then().statusCode(200).body(containsString("Sitemap:"));
        fetch("/sitemap.xml").then().statusCode(200).body(containsString("<sitemapindex"));
        fetch("/feed.xml").then().statusCode(200).body(containsString("<feed"));
    }

    @Test
    void metricsAreScrapedByRouteTemplate() {
        fetch(QUESTION).then().statusCode(200);
        assertThat(fetch("/q/metrics").statusCode()).as("not on the public port").isEqualTo(404);
        ManagementPort.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/learn/{subject}/questions/{slug}\""))
                .body(containsString("quicktakes_import_duration_seconds_count"));
    }
}
