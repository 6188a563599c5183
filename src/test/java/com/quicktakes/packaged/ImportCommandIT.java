package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quicktakes.PackagedApp;

/** The import command of the packaged application: output, exit status, --strict and --report. */
class ImportCommandIT {

    private static final String GOOD = """
            ---
            title: >-
                A good question
            subject: Physics
            url: /learn/physics/questions/a-good-question
            answer: >-
                A good answer.
            ---

            &nbsp;""";

    @TempDir
    Path data;

    @TempDir
    Path content;

    private static List<String> urls(Path data) throws SQLException {
        List<String> urls = new ArrayList<>();
        try (Connection db = PackagedApp.database(data);
                ResultSet rows = db.createStatement().executeQuery("SELECT url FROM question ORDER BY url")) {
            while (rows.next()) {
                urls.add(rows.getString(1));
            }
        }
        return urls;
    }

    @Test
    void importsAndPrintsTheSummaryAndEveryProblem() throws Exception {
        Files.writeString(content.resolve("good.md"), GOOD);
        Files.writeString(content.resolve("broken.md"), "no front matter");
        PackagedApp.Result result = PackagedApp.importCommand(data, content.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().lines()).containsExactly(
                result.stdout().lines().findFirst().orElseThrow(),
                "broken.md:1: error: no front matter: the first line must be '---'");
        assertThat(result.stdout().lines().findFirst().orElseThrow())
                .matches("import finished: 2 files, 1 imported, 0 unchanged, 0 removed, 1 skipped, 0 warnings in [0-9.]+ s");
        assertThat(urls(data)).containsExactly("/learn/physics/questions/a-good-question");

        PackagedApp.Result again = PackagedApp.importCommand(data, content.toString());
        assertThat(again.stdout()).contains("2 files, 0 imported, 1 unchanged, 0 removed, 1 skipped");
    }

    @Test
    void reImportOfUnchangedContentLeavesTheSearchIndexAlone() throws Exception {
        Files.writeString(content.resolve("good.md"), GOOD);
        assertThat(PackagedApp.importCommand(data, content.toString()).exitCode()).isZero();
        List<String> commits = searchCommits(data);

        assertThat(PackagedApp.importCommand(data, content.toString()).stdout()).contains("0 imported, 1 unchanged");
        assertThat(searchCommits(data)).as("the index's commits (a rebuild would add one)").isEqualTo(commits);
    }

    private static List<String> searchCommits(Path data) throws IOException {
        try (var files = Files.list(data.resolve("search"))) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith("segments_")).sorted().toList();
        }
    }

    @Test
    void strictChangesNothingWhenAnyFileHasAnError() throws Exception {
        Files.writeString(content.resolve("good.md"), GOOD);
        assertThat(PackagedApp.importCommand(data, content.toString()).exitCode()).isZero();

        Files.writeString(content.resolve("good.md"), GOOD.replace("a-good-question", "a-renamed-question"));
        Files.writeString(content.resolve("broken.md"), "---\ntitle: [unclosed\n---\n");
        Path report = content.resolve("report.json");
        PackagedApp.Result result = PackagedApp.importCommand(data, "--strict", "--report", report.toString(), content.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).startsWith("import failed, nothing changed: 2 files");
        assertThat(urls(data)).containsExactly("/learn/physics/questions/a-good-question");

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("committed").asBoolean()).isFalse();
        assertThat(json.get("problems")).hasSize(1);
        JsonNode problem = json.get("problems").get(0);
        assertThat(problem.get("path").asText()).isEqualTo("broken.md");
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("severity").asText()).isEqualTo("ERROR");
        assertThat(problem.get("message").asText()).startsWith("invalid YAML:");

        assertThat(PackagedApp.importCommand(data, content.toString()).exitCode()).isZero();
        assertThat(urls(data)).containsExactly("/learn/physics/questions/a-renamed-question");
    }

    @Test
    void wrongUsageExplainsItself() throws IOException {
        PackagedApp.Result result = PackagedApp.importCommand(data, "--bogus");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("usage: import [--strict] [--report FILE] [--snapshot FILE] [CONTENT_DIR]");
        PackagedApp.Result missing = PackagedApp.importCommand(data, content.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("content folder not found");
    }

    @Test
    void printsProgressOnLongRuns() throws IOException {
        GeneratedCorpus.write(content, "long", 3000);
        PackagedApp.Result result = PackagedApp.importCommand(data, content.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.stderr()).containsPattern("import: [0-9]+ of 3000 files \\([0-9]+%\\)");
        assertThat(result.stdout()).contains("3000 files, 3000 imported");
    }
}
