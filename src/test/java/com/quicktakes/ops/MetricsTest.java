package com.quicktakes.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.quicktakes.ManagementPort;

import io.quarkus.test.junit.QuarkusTest;

/** What a Prometheus server scrapes from /q/metrics. */
@QuarkusTest
class MetricsTest {

    private static final String QUESTION = "/learn/computer-science/questions/what-is-a-stack";

    private static String scrape() {
        // The Prometheus text format, as a scraper asks for it (without Accept: OpenMetrics).
        return ManagementPort.given().accept("text/plain").get("/q/metrics").then().statusCode(200).contentType(startsWith("text/plain"))
                .extract().asString();
    }

    /** The value of one series, as in {@code quicktakes_pages_total{served="rendered",} 3.0}; 0 when absent. */
    private static double value(String metrics, String name, String labels) {
        Matcher line = Pattern.compile("^" + Pattern.quote(name + "{" + labels) + ",?\\} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void requestsAreCountedPerRouteTemplateWithLatencyHistograms() {
        given().get(QUESTION).then().statusCode(200);
        given().get("/learn/physics/questions/no-such-question").then().statusCode(404);

        String metrics = scrape();
        String route = "uri=\"/learn/{subject}/questions/{slug}\"";
        assertThat(metrics).as("a latency histogram of the question route")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*" + Pattern.quote(route) + "[^}]*le=\"0\\.1")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*" + Pattern.quote(route));
        assertThat(metrics).as("no series per url").doesNotContain("what-is-a-stack").doesNotContain("no-such-question");
    }

    @Test
    void pagesServedFromTheCacheAreCountedApartFromRenderedOnes() {
        String before = scrape();
        given().get(QUESTION).then().statusCode(200);
        given().get(QUESTION).then().statusCode(200);
        String after = scrape();

        String rendered = "served=\"rendered\"";
        String fromCache = "served=\"from-cache\"";
        double renderedNow = value(after, "quicktakes_pages_total", rendered) - value(before, "quicktakes_pages_total", rendered);
        double cachedNow = value(after, "quicktakes_pages_total", fromCache) - value(before, "quicktakes_pages_total", fromCache);
        assertThat(renderedNow + cachedNow).as("pages served").isEqualTo(2);
        assertThat(cachedNow).as("the second request is served from the cache").isGreaterThanOrEqualTo(1);
    }

    @Test
    void importsReportTheirDurationAndWhatHappenedToTheFiles() {
        String metrics = scrape();
        assertThat(value(metrics, "quicktakes_import_duration_seconds_count", "committed=\"true\"")).as("committed imports").isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "quicktakes_import_files_total", "outcome=\"imported\"")).as("files imported").isGreaterThan(50);
        assertThat(metrics).contains("quicktakes_import_files_total{outcome=\"skipped\"")
                .contains("quicktakes_import_files_total{outcome=\"unchanged\"");
    }
}
