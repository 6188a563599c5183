package com.quicktakes.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A server of its own (a fresh database and page cache), so that nothing but the warm-up can have
 * rendered a page before the first request of this test.
 */
@QuarkusTest
@TestProfile(WarmUpTest.Fresh.class)
class WarmUpTest {

    public static class Fresh implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:warm-up-tests;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    MeterRegistry metrics;

    @Inject
    WarmUp warmUp;

    private double pages(String served) {
        return metrics.get("quicktakes.pages").tag("served", served).counter().count();
    }

    @Test
    void theSiteIsRenderedAndCachedBeforeItSaysReady() {
        // The test extension waits for readiness's conditions: content loaded and the warm-up done.
        assertThat(warmUp.done()).isTrue();
        double rendered = pages("rendered");
        assertThat(rendered).as("pages rendered by the warm-up").isGreaterThanOrEqualTo(7);

        for (String path : new String[] { "/", "/learn/physics", "/learn/geography", "/learn/computer-science" }) {
            given().header("Accept-Encoding", "gzip").get(path).then().statusCode(200);
        }
        assertThat(pages("rendered")).as("the first real requests find their pages cached").isEqualTo(rendered);

        given().port(9001).get("/q/health/ready").then().statusCode(200);
    }
}
