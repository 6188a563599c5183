package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.PackagedApp;

import io.restassured.path.json.JsonPath;

/**
 * Content edited, added and removed while the server runs is live within seconds, on its page, in
 * its subject's listing and in the sitemap, without a restart, and no request fails meanwhile.
 */
class LiveContentIT {

    private static final Duration LIVE_WITHIN = Duration.ofSeconds(5);
    private static final String AMAZON = "/learn/geography/questions/where-does-the-amazon-river-flow";
    private static final Pattern LOC = Pattern.compile("<loc>https?://[^/<]+([^<]*)</loc>");

    @TempDir
    Path data;

    @TempDir
    Path dir;

    Path content;
    int port;
    Process server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void copyTheTestContent() throws IOException {
        content = dir.resolve("content");
        Path source = Path.of("src/test/resources/content");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Files.copy(from, content.resolve(source.relativize(from).toString()));
            }
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        PackagedApp.stop(server);
    }

    @Test
    void editedAddedAndRemovedFilesAreLiveWithinFiveSecondsWhileEveryRequestSucceeds() throws Exception {
        start();
        List<String> steady = new ArrayList<>(List.of("/", "/learn/geography", "/learn/geography?page=2", AMAZON,
                "/learn/geography/questions/where-does-the-danube-river-flow", "/learn/physics", "/feed.xml",
                "/learn/geography/feed.xml", "/search?q=river", "/sitemap.xml"));
        steady.addAll(sitemapFiles());
        Reader reader = new Reader(steady);
        reader.start();
        try {
            // An edit: the page shows the new title.
            Path amazon = content.resolve("geography/where-does-the-amazon-river-flow.md");
            Files.writeString(amazon, Files.readString(amazon).replace("Where does the Amazon river flow?",
                    "Where does the Amazon river really flow?"));
            live("edited page", () -> body(AMAZON).contains("Where does the Amazon river really flow?"));

            // A new file: its page, its subject's listing and the sitemap show it.
            String added = "/learn/geography/questions/where-does-the-live-river-flow";
            Files.writeString(content.resolve("geography/where-does-the-live-river-flow.md"),
                    question("Where does the Live river flow?", "Geography", added));
            live("added page, listing and sitemap", () -> body(added).contains("Where does the Live river flow?")
                    && body("/learn/geography").contains("Where does the Live river flow?") && sitemapPaths().contains(added));

            // A removed file: its page is gone, and so are its listing entry and its sitemap url.
            Files.delete(content.resolve("geography/where-does-the-live-river-flow.md"));
            live("removed page, listing and sitemap", () -> status(added) == 404
                    && !body("/learn/geography").contains("Where does the Live river flow?") && !sitemapPaths().contains(added));

            // A new sub-folder is watched from the moment it appears.
            Files.createDirectories(content.resolve("astronomy"));
            Thread.sleep(1_000);
            String star = "/learn/astronomy/questions/what-is-a-star";
            Files.writeString(content.resolve("astronomy/what-is-a-star.md"), question("What is a star?", "Astronomy", star));
            live("page and listing of a new folder's file", () -> body(star).contains("What is a star?")
                    && body("/learn/astronomy").contains("What is a star?") && sitemapPaths().contains(star));
        } finally {
            reader.stop();
        }
        assertThat(reader.failures).as("requests that failed while content changed").isEmpty();
        assertThat(reader.requests.get()).as("requests made meanwhile").isGreaterThan(100);
        JsonPath status = importStatus();
        assertThat(status.getString("lastRun.trigger")).isEqualTo("WATCHER");
        assertThat(status.getString("lastRun.outcome")).isEqualTo("COMMITTED");
    }

    @Test
    void thePeriodicRescanAloneNoticesAChange() throws Exception {
        start("-Dsite.watch-events=false", "-Dsite.watch-interval=1S");
        Path amazon = content.resolve("geography/where-does-the-amazon-river-flow.md");
        Files.writeString(amazon, Files.readString(amazon).replace("Where does the Amazon river flow?",
                "Where does the Amazon river flow, rescanned?"));
        live("edited page, by the rescan", () -> body(AMAZON).contains("Where does the Amazon river flow, rescanned?"));
        assertThat(importStatus().getString("lastRun.trigger")).isEqualTo("RESCAN");
        assertThat(Files.readString(data.resolve("server.log"))).contains("watching " + content + " for changes (rescan every 1.0 s)");
    }

    private void start(String... properties) throws Exception {
        port = PackagedApp.freePort();
        server = PackagedApp.startServer(data, content, port, data.resolve("server.log"), properties);
        assertThat(PackagedApp.awaitStatus(PackagedApp.managementPort(port), "/q/health/ready", 200)).isEqualTo(200);
        awaitTrue(Duration.ofSeconds(60), () -> !importStatus().getBoolean("importing"));
    }

    /** Waits until the change shows, and checks it did within five seconds of the write. */
    private void live(String what, BooleanSupplier shows) throws InterruptedException {
        long written = System.nanoTime();
        awaitTrue(LIVE_WITHIN.multipliedBy(3), shows);
        Duration took = Duration.ofNanos(System.nanoTime() - written);
        System.out.printf("LiveContentIT: %s live after %d ms%n", what, took.toMillis());
        assertThat(took).as(what + ": time from the write until it shows").isLessThan(LIVE_WITHIN);
    }

    private static String question(String title, String subject, String url) {
        return "---\ndate: 2025-06-01\ntitle: >-\n    " + title + "\nsubject: " + subject + "\nurl: " + url
                + "\nanswer: >-\n    An answer written while the server runs.\n---\n";
    }

    /** The sitemap files the sitemap index lists. */
    private List<String> sitemapFiles() {
        List<String> files = new ArrayList<>();
        Matcher loc = LOC.matcher(body("/sitemap.xml"));
        while (loc.find()) {
            files.add(loc.group(1));
        }
        return files;
    }

    /** Every page path in the sitemaps. */
    private Set<String> sitemapPaths() {
        Set<String> paths = new HashSet<>();
        for (String file : sitemapFiles()) {
            Matcher loc = LOC.matcher(body(file));
            while (loc.find()) {
                paths.add(loc.group(1));
            }
        }
        return paths;
    }

    private JsonPath importStatus() {
        return JsonPath.from(get(PackagedApp.managementPort(port), "/admin/import").body());
    }

    private String body(String path) {
        HttpResponse<String> response = get(port, path);
        return response.statusCode() == 200 ? response.body() : "";
    }

    private int status(String path) {
        return get(port, path).statusCode();
    }

    private HttpResponse<String> get(int toPort, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + toPort + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void awaitTrue(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not so within " + limit.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    /** A client that keeps reading pages whose address does not change, and notes every failure. */
    private final class Reader {
        final List<String> paths;
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger requests = new AtomicInteger();
        final AtomicBoolean running = new AtomicBoolean(true);
        final Thread thread = new Thread(this::run, "reader");

        Reader(List<String> paths) {
            this.paths = paths;
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(30_000);
        }

        private void run() {
            while (running.get()) {
                for (String path : paths) {
                    requests.incrementAndGet();
                    try {
                        HttpResponse<String> response = get(port, path);
                        if (response.statusCode() != 200 || response.body().isEmpty()) {
                            failures.add(path + ": " + response.statusCode());
                        }
                    } catch (AssertionError e) {
                        failures.add(path + ": " + e.getMessage());
                    }
                }
            }
        }
    }
}
