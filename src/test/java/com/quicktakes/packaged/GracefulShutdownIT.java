package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.PackagedApp;

/** SIGTERM: requests in flight complete, a running import stops and rolls back, and the process exits. */
class GracefulShutdownIT {

    @TempDir
    Path data;

    @TempDir
    Path content;

    @Test
    void anImportInProgressStopsCleanlyOnSigterm() throws Exception {
        GeneratedCorpus.write(content, "shutdown", 8000);
        Path log = data.resolve("server.log");
        Process server = PackagedApp.startServer(data, content, 0, log);
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

    @Test
    void aRequestInFlightCompletesOnSigterm() throws Exception {
        GeneratedCorpus.write(content, "inflight", 5000);
        int port = PackagedApp.freePort();
        Process server = PackagedApp.startServer(data, content, port, data.resolve("server.log"));
        try {
            assertThat(PackagedApp.awaitStatus(PackagedApp.managementPort(port), "/q/health/ready", 200)).isEqualTo(200);
            // A client on a slow line: a tiny receive window, and SIGTERM after the first 512 bytes
            // of a streamed sitemap of 1,000 urls (about 116 kB).
            try (Socket client = new Socket()) {
                client.setReceiveBufferSize(1024);
                client.connect(new InetSocketAddress("localhost", port));
                client.getOutputStream().write(("GET /sitemaps/subject-0-1.xml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                InputStream in = client.getInputStream();
                byte[] start = in.readNBytes(512);
                server.destroy(); // SIGTERM

                String response = new String(start, StandardCharsets.UTF_8) + new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(response).startsWith("HTTP/1.1 200").contains("</urlset>");
                String body = response.replaceAll("\r\n[0-9a-fA-F]+\r\n", ""); // chunked transfer framing
                assertThat(body.split("<url>", -1)).as("urls").hasSize(1001);
            }
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the server exits once the request is done").isTrue();
        } finally {
            server.destroyForcibly();
        }
    }
}
