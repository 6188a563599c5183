package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.PackagedApp;

/** A fresh server is alive at once and ready only when its first import has committed. */
class StartupReadinessIT {

    @TempDir
    Path data;

    @TempDir
    Path content;

    private Process server;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private int status(int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private int await(int port, String path, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int status;
        while ((status = status(port, path)) != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return status;
    }

    @Test
    void readyOnlyOnceTheFirstImportHasCommitted() throws Exception {
        GeneratedCorpus.write(content, "startup", 6000);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new ProcessBuilder(PackagedApp.command(List.of("-Dsite.data-dir=" + data, "-Dquarkus.http.port=" + port,
                "-Dsite.content-dir=" + content)))
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("server.log").toFile())
                .start();

        assertThat(await(port, "/q/health/live", 200)).isEqualTo(200);
        List<Integer> readiness = new ArrayList<>();
        readiness.add(status(port, "/q/health/ready"));
        assertThat(readiness.get(0)).as("ready while the first import runs").isEqualTo(503);
        assertThat(await(port, "/q/health/ready", 200)).isEqualTo(200);
        assertThat(status(port, "/learn/subject-1/questions/startup-question-1")).isEqualTo(200);
        assertThat(Files.readString(data.resolve("server.log"))).contains("import finished: 6000 files, 6000 imported");
    }
}
