package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.PackagedApp;

/** SIGTERM while the server imports: the import stops at once, rolls back, and the process exits. */
class GracefulShutdownIT {

    @TempDir
    Path data;

    @TempDir
    Path content;

    @Test
    void anImportInProgressStopsCleanlyOnSigterm() throws Exception {
        GeneratedCorpus.write(content, "shutdown", 8000);
        Path log = data.resolve("server.log");
        Process server = new ProcessBuilder(PackagedApp.command(List.of("-Dsite.data-dir=" + data, "-Dquarkus.http.port=0",
                "-Dsite.content-dir=" + content)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!Files.readString(log).contains("import: ") && System.nanoTime() < deadline && server.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(log)).as("the import is under way").contains("import: ");
            long stopping = System.nanoTime();
            server.destroy(); // SIGTERM
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server exits").isTrue();
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stopping)).as("seconds to stop").isLessThan(30);
        } finally {
            server.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(output).contains("the import was stopped before it finished; nothing changed")
                .doesNotContain("import finished:");
        try (Connection db = PackagedApp.database(data);
                ResultSet rows = db.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM question) + (SELECT COUNT(*) FROM import_run)")) {
            rows.next();
            assertThat(rows.getLong(1)).as("questions and imports in the database").isZero();
        }
    }
}
