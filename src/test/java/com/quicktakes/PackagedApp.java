package com.quicktakes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as it ships, started as a separate process: the JVM build
 * ({@code target/quarkus-app/quarkus-run.jar}), or the native executable when failsafe passes
 * {@code native.image.path} and the file exists (a {@code -Dnative} build).
 */
public final class PackagedApp {

    private PackagedApp() {
    }

    public record Result(int exitCode, String stdout, String stderr) {
    }

    /** The command line that runs the app with these system properties and arguments. */
    public static List<String> command(List<String> systemProperties, String... args) {
        List<String> command = new ArrayList<>();
        String nativeImage = System.getProperty("native.image.path");
        if (nativeImage != null && Files.isExecutable(Path.of(nativeImage))) {
            command.add(nativeImage);
            command.addAll(systemProperties);
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(systemProperties);
            command.add("-jar");
            command.add(Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString());
        }
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Starts the server on its own database and content folders and port (its management port is
     * the next one, {@link #managementPort}), its output going to {@code log}, with any further
     * system properties ({@code -Dname=value}).
     */
    public static Process startServer(Path dataDir, Path contentDir, int port, Path log, String... properties) throws IOException {
        List<String> all = new ArrayList<>(List.of("-Dsite.data-dir=" + dataDir, "-Dsite.content-dir=" + contentDir,
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort(port)));
        all.addAll(List.of(properties));
        return new ProcessBuilder(command(all))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Stops a server started by {@link #startServer} (SIGTERM) and waits for it; nothing for null. */
    public static void stop(Process server) throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Runs the import command against its own database folder and waits for it. */
    public static Result importCommand(Path dataDir, String... args) {
        return importCommand(Map.of(), dataDir, args);
    }

    /** Runs the import command with these environment variables added, against its own database folder. */
    public static Result importCommand(Map<String, String> environment, Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("import"));
        all.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("import-stdout", ".txt");
            Path err = Files.createTempFile("import-stderr", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command(List.of("-Dsite.data-dir=" + dataDir), all.toArray(String[]::new)))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the import command did not finish within 5 minutes");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Opens the app's database file directly, as an operator's tool would, while no app runs. */
    public static Connection database(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("quicktakes"), "sa", "");
    }

    /** The management port (health, metrics, import status) of a server started on {@code port}: the next one. */
    public static int managementPort(int port) {
        return port == 0 ? 0 : port + 1;
    }

    /** A port no one listens on, for a server of its own (and the one after it, for its management port). */
    public static int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0); ServerSocket next = new ServerSocket(socket.getLocalPort() + 1)) {
                return socket.getLocalPort();
            } catch (IOException nextTaken) {
                // try another pair
            }
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The status of a GET on the app, or -1 while it does not answer. */
    public static int status(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Polls until a GET answers with the expected status, for up to three minutes; returns the last status. */
    public static int awaitStatus(int port, String path, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int status;
        while ((status = status(port, path)) != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return status;
    }
}
