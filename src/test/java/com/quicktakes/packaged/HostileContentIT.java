package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quicktakes.PackagedApp;

/**
 * A folder of bad files of every kind next to good ones, imported by the packaged import command:
 * every good file imports, every bad one is reported with its path, the import takes seconds, and
 * the server then serves what came in, feeds well-formed.
 */
class HostileContentIT {

    private static final int GOOD_FILES = 20;

    @TempDir
    Path data;

    @TempDir
    Path content;

    private void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static String file(String title, String url, String answer, String... extra) {
        return "---\ntitle: " + title + "\nsubject: Hostile\nurl: " + url + "\n" + String.join("\n", extra)
                + (extra.length > 0 ? "\n" : "") + "answer: >-\n    " + answer + "\n---\n";
    }

    /** The bad files, by path, and whether each is skipped (an error) rather than imported with a warning. */
    private void writeHostileFolder() throws IOException {
        for (int i = 0; i < GOOD_FILES; i++) {
            write("good/q" + i + ".md", file("Good question " + i, "/learn/hostile/questions/good-" + i, "A good answer " + i + "."));
        }
        // The import cases of the content format's bad-input list, as the tests keep them.
        try (Stream<Path> cases = Files.walk(Path.of("src/test/resources/import-cases"))) {
            for (Path source : cases.filter(Files::isRegularFile).toList()) {
                write("cases/" + Path.of("src/test/resources/import-cases").relativize(source), Files.readAllBytes(source));
            }
        }
        write("bad/long-title.md", file("T".repeat(4100), "/learn/hostile/questions/long-title", "A."));
        write("bad/long-invalid-date.md", file("Long date", "/learn/hostile/questions/long-date", "A.", "date: " + "9".repeat(5000)));
        write("bad/math-bomb.md", file("Math bomb", "/learn/hostile/questions/math-bomb", "$a ".repeat(250_000)));
        write("bad/bracket-bomb.md", file("Bracket bomb", "/learn/hostile/questions/bracket-bomb", "![[]()".repeat(100_000)));
        write("bad/control-characters.md", file("\"Bell \\x07 escape \\x1b in a title\"", "/learn/hostile/questions/control",
                "A.", "date: 2099-01-01"));
        write("bad/unsafe-url.md", file("Unsafe url", "/learn/hostile/questions/Caf%C3%A9", "A."));
        write("bad/hyphens.md", file("Hyphens", "/learn/hostile/questions/na--k-pump-", "A."));
        write("bad/too-large.md", file("Too large", "/learn/hostile/questions/too-large", "x".repeat(1_100_000)));
        write("bad/subject-too-long.md", "---\ntitle: T\nsubject: " + "word ".repeat(60) + "\nanswer: A.\n---\n");
        write("bad/title-is-a-list.md", "---\ntitle: [a, b]\nsubject: Hostile\nanswer: A.\n---\n");
        write("_redirects", "/a /b\n/b /a\n/old /learn/hostile/questions/good-1\n");
    }

    private static final List<String> SKIPPED = List.of("bad/too-large.md", "bad/subject-too-long.md", "bad/title-is-a-list.md",
            "cases/errors/alias-bomb.md", "cases/errors/bad-yaml.md", "cases/errors/deep-nesting.md", "cases/errors/invalid-utf8.md",
            "cases/errors/no-front-matter.md", "cases/errors/never-closed.md", "cases/errors/zero-bytes.md",
            "cases/dup/b-second.md", "_redirects");
    private static final List<String> IMPORTED_WITH_A_WARNING = List.of("bad/long-title.md", "bad/long-invalid-date.md",
            "bad/unsafe-url.md", "cases/warnings/invalid-date.md");

    @Test
    void everyGoodFileImportsEveryBadOneIsReportedAndTheSiteServesTheRest() throws Exception {
        writeHostileFolder();
        Path report = data.resolve("report.json");
        long started = System.nanoTime();
        PackagedApp.Result result = PackagedApp.importCommand(data, "--report", report.toString(), content.toString());
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("committed").asBoolean()).isTrue();
        assertThat(json.get("seconds").asDouble()).as("the import's own time").isLessThan(10);
        assertThat(seconds).as("the whole command, JVM start to exit").isLessThan(60);

        Set<String> errors = new HashSet<>();
        Set<String> warnings = new HashSet<>();
        json.get("problems").forEach(p -> (p.get("severity").asText().equals("ERROR") ? errors : warnings).add(p.get("path").asText()));
        assertThat(errors).as("skipped, each named by its path").containsAll(SKIPPED);
        assertThat(errors).as("nothing good was skipped").noneMatch(path -> path.startsWith("good/"))
                .doesNotContain("bad/math-bomb.md", "bad/bracket-bomb.md", "bad/control-characters.md", "bad/hyphens.md");
        assertThat(warnings).containsAll(IMPORTED_WITH_A_WARNING);

        Set<String> urls = new HashSet<>();
        try (Connection db = PackagedApp.database(data); ResultSet rows = db.createStatement().executeQuery("SELECT url FROM question")) {
            while (rows.next()) {
                urls.add(rows.getString(1));
            }
        }
        for (int i = 0; i < GOOD_FILES; i++) {
            assertThat(urls).contains("/learn/hostile/questions/good-" + i);
        }
        assertThat(urls).contains("/learn/hostile/questions/long-title", "/learn/hostile/questions/math-bomb",
                "/learn/hostile/questions/na--k-pump-", "/learn/hostile/questions/cafe", "/learn/hostile/questions/control");

        int port = PackagedApp.freePort();
        Process server = PackagedApp.startServer(data, content, port, data.resolve("server.log"));
        try {
            assertThat(PackagedApp.awaitStatus(PackagedApp.managementPort(port), "/q/health/ready", 200)).isEqualTo(200);
            for (String feed : List.of("/feed.xml", "/learn/hostile/feed.xml")) {
                byte[] xml = get(port, feed).body();
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml)); // throws if not well-formed
                assertThat(new String(xml, StandardCharsets.UTF_8)).contains("Bell \ufffd escape \ufffd in a title");
            }
            assertThat(get(port, "/learn/hostile/questions/math-bomb").statusCode()).isEqualTo(200);
            assertThat(get(port, "/learn/hostile/questions/na--k-pump-").statusCode()).isEqualTo(200);
            HttpResponse<byte[]> moved = get(port, "/learn/hostile/questions/Caf%C3%A9");
            assertThat(moved.statusCode()).isEqualTo(301);
            assertThat(moved.headers().firstValue("Location")).hasValue("http://localhost:8080/learn/hostile/questions/cafe");
            assertThat(get(port, "/a").statusCode()).as("a redirect loop is left out").isEqualTo(404);
        } finally {
            PackagedApp.stop(server);
        }
    }

    private static HttpResponse<byte[]> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
