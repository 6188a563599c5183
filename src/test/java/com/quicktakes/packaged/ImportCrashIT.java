package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.PackagedApp;

/** A kill -9 in the middle of an import leaves the previous content, and the next import completes. */
class ImportCrashIT {

    @TempDir
    Path data;

    @TempDir
    Path work;

    private static long count(Path data, String sql) throws Exception {
        try (Connection db = PackagedApp.database(data); ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void killedMidwayTheDatabaseKeepsThePreviousContent() throws Exception {
        Path before = GeneratedCorpus.write(Files.createDirectories(work.resolve("before")), "before", 10);
        assertThat(PackagedApp.importCommand(data, before.toString()).exitCode()).isZero();

        Path after = GeneratedCorpus.write(Files.createDirectories(work.resolve("after")), "after", 8000);
        Process importing = new ProcessBuilder(PackagedApp.command(List.of("-Dsite.data-dir=" + data), "import", after.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader stderr = new BufferedReader(new InputStreamReader(importing.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = stderr.readLine();
            } while (line != null && !line.startsWith("import: "));
            assertThat(line).as("a progress line before the import ends").isNotNull();
        }
        importing.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no close
        assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(count(data, "SELECT COUNT(*) FROM question")).isEqualTo(10);
        assertThat(count(data, "SELECT COUNT(*) FROM question WHERE url LIKE '%/before-question-%'")).isEqualTo(10);
        assertThat(count(data, "SELECT COUNT(*) FROM answer")).isEqualTo(10);
        assertThat(count(data, "SELECT COUNT(*) FROM content_file")).isEqualTo(10);
        assertThat(count(data, "SELECT COUNT(*) FROM import_run")).isEqualTo(1);

        PackagedApp.Result rerun = PackagedApp.importCommand(data, after.toString());
        assertThat(rerun.exitCode()).isZero();
        assertThat(rerun.stdout()).contains("8000 files, 8000 imported, 0 unchanged, 10 removed, 0 skipped");
        assertThat(count(data, "SELECT COUNT(*) FROM question")).isEqualTo(8000);
        assertThat(count(data, "SELECT COUNT(*) FROM listing")).isEqualTo(8000);
    }
}
