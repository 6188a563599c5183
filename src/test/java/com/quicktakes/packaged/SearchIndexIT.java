package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.PackagedApp;

/**
 * The search index on disk, beside the database: what the import command writes, a server
 * started later searches; an index that is lost is rebuilt from the database at start.
 */
class SearchIndexIT {

    @TempDir
    Path data;

    @TempDir
    Path content;

    private static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private String searchOnAFreshServer(String query) throws Exception {
        int port = PackagedApp.freePort();
        Process server = new ProcessBuilder(PackagedApp.command(java.util.List.of("-Dsite.data-dir=" + data,
                "-Dsite.content-dir=" + content, "-Dsite.import-on-start=false", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + PackagedApp.managementPort(port))))
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        try {
            assertThat(PackagedApp.awaitStatus(PackagedApp.managementPort(port), "/q/health/ready", 200)).isEqualTo(200);
            assertThat(PackagedApp.awaitStatus(port, "/search?q=" + query, 200)).as("search answers").isEqualTo(200);
            return get(port, "/search?q=" + query);
        } finally {
            PackagedApp.stop(server);
        }
    }

    @Test
    void whatTheImportCommandIndexedAServerSearchesAndALostIndexIsRebuilt() throws Exception {
        GeneratedCorpus.write(content, "indexed", 300);
        assertThat(PackagedApp.importCommand(data, content.toString()).exitCode()).isZero();
        assertThat(data.resolve("search")).isDirectory();

        assertThat(searchOnAFreshServer("indexed+question+42")).contains("/learn/subject-2/questions/indexed-question-42");

        try (Stream<Path> files = Files.walk(data.resolve("search"))) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        assertThat(searchOnAFreshServer("indexed+question+42")).as("rebuilt from the database")
                .contains("/learn/subject-2/questions/indexed-question-42");
        assertThat(Files.readString(data.resolve("server.log"))).contains("rebuilding the search index from the database");
    }
}
