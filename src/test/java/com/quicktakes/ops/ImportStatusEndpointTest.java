package com.quicktakes.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.quicktakes.ManagementPort;

import io.quarkus.test.junit.QuarkusTest;

/** What operators read on the management port, and what the public port does not show. */
@QuarkusTest
class ImportStatusEndpointTest {

    @Test
    void showsTheLastImportAndTheContentsProblems() {
        ManagementPort.given().get("/admin/import").then()
                .statusCode(200)
                .contentType("application/json")
                .body("importing", equalTo(false))
                .body("lastImport.files", equalTo(61))
                .body("lastImport.skipped", equalTo(0))
                .body("lastImport.finishedAt", notNullValue())
                .body("problems.message", hasItem(
                        "no 'url'; using /learn/arts-humanities/questions/godels-incompleteness-theorems"))
                .body("problems.find { it.path == 'arts/godel.md' }.severity", equalTo("WARNING"))
                .body("problems.find { it.path == 'arts/godel.md' }.line", equalTo(2));
    }

    @Test
    void healthSaysReadyOnceContentIsLoaded() {
        ManagementPort.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'content' }.status", equalTo("UP"));
        ManagementPort.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/admin/import", "/q/health", "/q/health/ready", "/q/metrics", "/q/dev-ui" })
    void thePublicPortHasNoOperatorEndpoints(String path) {
        given().get(path).then().statusCode(404);
    }
}
