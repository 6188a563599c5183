package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quicktakes.PackagedApp;

/**
 * The app run the way the native container runs it: profile {@code memory} (the database in
 * memory, filled by the import at start), JSON logs switched on by an environment variable, and a
 * working directory it must not write to (a container's read-only root filesystem).
 */
class ContainerRunIT {

    @TempDir
    Path workingDir;

    @TempDir
    Path content;

    @TempDir
    Path logs;

    @Test
    void servesFromMemoryWritesNothingAndLogsJson() throws Exception {
        GeneratedCorpus.write(content, "container", 500);
        int port = PackagedApp.freePort();
        Path log = logs.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(PackagedApp.command(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + PackagedApp.managementPort(port))))
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_PROFILE", "prod,memory");
        builder.environment().put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        builder.environment().put("SITE_CONTENT_DIR", content.toString());
        Process server = builder.start();
        try {
            assertThat(PackagedApp.awaitStatus(PackagedApp.managementPort(port), "/q/health/ready", 200)).as("ready after the import at start").isEqualTo(200);
            assertThat(PackagedApp.status(port, "/learn/subject-3/questions/container-question-3")).isEqualTo(200);
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }

        ObjectMapper json = new ObjectMapper();
        List<String> messages = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            JsonNode entry = json.readTree(line);
            assertThat(entry.has("message") && entry.has("level") && entry.has("timestamp")).as("a JSON log line: " + line).isTrue();
            messages.add(entry.get("message").asText());
        }
        assertThat(messages).as("one summary line per import")
                .filteredOn(message -> message.startsWith("import finished: 500 files, 500 imported"))
                .hasSize(1);
        try (Stream<Path> written = Files.list(workingDir)) {
            assertThat(written).as("files written in the working directory").isEmpty();
        }
    }
}
