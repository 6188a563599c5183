package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.PackagedApp;

/**
 * Snapshots end to end: written by the import command, loaded by a server run as the native
 * container runs it (profile {@code memory}, configured by its environment), and refused, with the
 * full import as the fallback, when damaged or of another schema.
 */
class SnapshotIT {

    private static final int QUESTIONS = 400;

    @TempDir
    static Path shared;

    private static Path corpus;
    private static Path snapshot;
    private static PackagedApp.Result made;

    @TempDir
    Path temp;

    @TempDir
    Path work;

    private Process server;
    private Path log;

    @BeforeAll
    static void importWithASnapshot() throws IOException {
        corpus = GeneratedCorpus.write(Files.createDirectories(shared.resolve("content")), "snap", QUESTIONS);
        snapshot = shared.resolve("snapshots").resolve("site.zip");
        made = PackagedApp.importCommand(shared.resolve("data"), "--snapshot", snapshot.toString(), corpus.toString());
    }

    @AfterEach
    void stop() throws InterruptedException {
        PackagedApp.stop(server);
    }

    @Test
    void theImportCommandWritesTheSnapshotAndSaysWhatItHolds() throws IOException {
        assertThat(made.exitCode()).as(made.stderr()).isZero();
        assertThat(made.stdout()).contains("import finished: 400 files, 400 imported")
                .containsPattern("snapshot written: \\S+site\\.zip, [0-9.]+ MiB \\(database [0-9.]+ MiB, search index [0-9.]+ MiB, "
                        + "400 questions\\) in [0-9.]+ s");
        try (Stream<Path> files = Files.list(snapshot.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file left").containsExactly("site.zip");
        }
    }

    @Test
    void aMemoryServerStartsFromTheSnapshotServesAtOnceAndImportsOnlyWhatChangedSince() throws Exception {
        // The snapshot's content written again (the same bytes), then one file changed and one added.
        Path content = GeneratedCorpus.write(Files.createDirectories(work.resolve("content")), "snap", QUESTIONS);
        Path changed = content.resolve("subject-2/snap-question-7.md");
        Files.writeString(changed, Files.readString(changed).replace("snap question 7?", "snap question 7, revised?"));
        GeneratedCorpus.write(content, "fresh", 1);

        int port = startMemoryServer(snapshot, content);
        assertThat(PackagedApp.awaitStatus(PackagedApp.managementPort(port), "/q/health/ready", 200)).isEqualTo(200);
        assertThat(PackagedApp.status(port, "/learn/subject-1/questions/snap-question-1")).as("served at readiness").isEqualTo(200);

        assertThat(awaitLog("import finished:")).as("the startup import found every other file unchanged")
                .contains("import finished: 401 files, 2 imported, 399 unchanged, 0 removed");
        assertThat(logText()).contains("snapshot loaded: " + snapshot + " (content version 1, 400 questions")
                .doesNotContain("rebuilding the search index");
        // A search in the instant between the index's and the content version's move answers 503, by design.
        assertThat(PackagedApp.awaitStatus(port, "/search?q=snap+question+11", 200)).isEqualTo(200);
        assertThat(get(port, "/search?q=snap+question+11")).as("the index came with the snapshot")
                .contains("/learn/subject-1/questions/snap-question-11\"");
        assertThat(get(port, "/learn/subject-2/questions/snap-question-7")).contains("snap question 7, revised?");
        assertThat(PackagedApp.status(port, "/learn/subject-0/questions/fresh-question-0")).isEqualTo(200);
    }

    @Test
    void aTruncatedSnapshotIsRefusedAndTheServerImportsInFull() throws Exception {
        Path truncated = work.resolve("truncated.zip");
        byte[] whole = Files.readAllBytes(snapshot);
        Files.write(truncated, Arrays.copyOf(whole, whole.length - 1000));

        assertFullImportAfterRefusal(truncated, "it is not a whole snapshot file (");
    }

    @Test
    void aSnapshotOfAnotherSchemaVersionIsRefusedAndTheServerImportsInFull() throws Exception {
        Path older = Files.copy(snapshot, work.resolve("older.zip"));
        try (FileSystem zip = FileSystems.newFileSystem(older)) {
            Path manifest = zip.getPath("snapshot.properties");
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(manifest)) {
                properties.load(in);
            }
            properties.setProperty("database-schema", "0");
            try (OutputStream out = Files.newOutputStream(manifest)) {
                properties.store(out, null);
            }
        }

        assertFullImportAfterRefusal(older, "it holds database schema version 0, this application's is 1");
    }

    @Test
    void theImportCommandNeverLoadsASnapshotEvenWithTheServersSettingInItsEnvironment() {
        PackagedApp.Result result = PackagedApp.importCommand(Map.of("SITE_SNAPSHOT", snapshot.toString()), work.resolve("data"),
                corpus.toString());
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).as("a loaded snapshot would have every file unchanged").contains("400 files, 400 imported");
    }

    @Test
    void aSnapshotNeedsTheDatabaseInAFile() {
        PackagedApp.Result result = PackagedApp.importCommand(Map.of("QUARKUS_PROFILE", "prod,memory"), work.resolve("data"),
                "--snapshot", work.resolve("x.zip").toString(), corpus.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("import: no snapshot: the database is not in a file");
        assertThat(work.resolve("x.zip")).doesNotExist();
    }

    private void assertFullImportAfterRefusal(Path refused, String reason) throws Exception {
        int port = startMemoryServer(refused, corpus);
        assertThat(PackagedApp.awaitStatus(PackagedApp.managementPort(port), "/q/health/ready", 200)).isEqualTo(200);
        assertThat(PackagedApp.status(port, "/learn/subject-1/questions/snap-question-1")).isEqualTo(200);
        assertThat(awaitLog("snapshot refused:")).contains("snapshot refused: " + refused + ": " + reason)
                .endsWith("; importing the content folder in full");
        assertThat(awaitLog("import finished:")).contains("import finished: 400 files, 400 imported");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(f -> f.getFileName().toString())).as("nothing extracted is left").noneMatch(n -> n.startsWith("quicktakes-snapshot-"));
        }
    }

    /** A server as the native container runs: profile memory, settings from the environment; its temporary folder is the test's. */
    private int startMemoryServer(Path snapshotFile, Path content) throws IOException {
        int port = PackagedApp.freePort();
        log = work.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(PackagedApp.command(List.of("-Djava.io.tmpdir=" + temp,
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + PackagedApp.managementPort(port))))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_PROFILE", "prod,memory");
        builder.environment().put("SITE_SNAPSHOT", snapshotFile.toString());
        builder.environment().put("SITE_CONTENT_DIR", content.toString());
        server = builder.start();
        return port;
    }

    private String logText() throws IOException {
        return Files.readString(log);
    }

    /** The first log line containing {@code text}, waiting up to a minute for it. */
    private String awaitLog(String text) throws IOException, InterruptedException {
        for (int i = 0; i < 600; i++) {
            for (String line : Files.readAllLines(log)) {
                if (line.contains(text)) {
                    return line;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log line with '" + text + "' in:\n" + logText());
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
