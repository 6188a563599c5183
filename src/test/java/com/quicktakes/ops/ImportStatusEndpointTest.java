package com.quicktakes.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.quicktakes.ManagementPort;
import com.quicktakes.importer.GatedImporter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

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
    void aPostSchedulesAnImportAndAnswersAtOnceWithItsRun() throws InterruptedException {
        JsonPath ticket = ManagementPort.given().post("/admin/import").then()
                .statusCode(202)
                .contentType("application/json")
                .body("queued", equalTo(false))
                .extract().jsonPath();
        long run = ticket.getLong("run");
        awaitTrue(() -> ManagementPort.given().get("/admin/import").jsonPath().getLong("lastRun.run") == run);
        ManagementPort.given().get("/admin/import").then()
                .body("importing", equalTo(false))
                .body("running", nullValue())
                .body("queued", nullValue())
                .body("lastRun.trigger", equalTo("OPERATOR"))
                .body("lastRun.outcome", equalTo("COMMITTED"))
                .body("lastRun.finishedAt", notNullValue())
                .body("lastImport.files", equalTo(61));
    }

    @Test
    void aPostWhileAnImportRunsIsQueuedNotRunAlongside() throws InterruptedException {
        GatedImporter importer = GatedImporter.install();
        try {
            long running = ManagementPort.given().post("/admin/import").then().statusCode(202)
                    .body("queued", equalTo(false)).extract().jsonPath().getLong("run");
            importer.awaitFirstImport();
            long queued = ManagementPort.given().post("/admin/import").then().statusCode(202)
                    .body("queued", equalTo(true)).extract().jsonPath().getLong("run");
            assertThat(queued).isEqualTo(running + 1);
            ManagementPort.given().post("/admin/import").then().statusCode(202)
                    .body("queued", equalTo(true)).body("run", equalTo((int) queued));
            ManagementPort.given().get("/admin/import").then()
                    .body("importing", equalTo(true))
                    .body("running", equalTo((int) running))
                    .body("queued", equalTo((int) queued));

            importer.open();
            awaitTrue(() -> ManagementPort.given().get("/admin/import").jsonPath().getBoolean("importing") == false);
            ManagementPort.given().get("/admin/import").then().body("lastRun.run", equalTo((int) queued));
            assertThat(importer.calls()).isEqualTo(2);
            assertThat(importer.mostAtOnce()).isEqualTo(1);
        } finally {
            importer.open();
        }
    }

    @Test
    void thePublicPortRunsNoImport() {
        long before = ManagementPort.given().get("/admin/import").jsonPath().getLong("lastRun.run");
        given().post("/admin/import").then().statusCode(405);
        assertThat(ManagementPort.given().get("/admin/import").jsonPath().getBoolean("importing")).isFalse();
        assertThat(ManagementPort.given().get("/admin/import").jsonPath().getLong("lastRun.run")).isEqualTo(before);
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

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not so within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
