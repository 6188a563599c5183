package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.PackagedApp;

/**
 * A few thousand generated requests against the packaged app, as a fuzzer would send them: odd
 * methods, odd and duplicated headers, encodings, long paths and queries, on every route. No
 * answer may be a 5xx or show a stack trace or a path of the host, and the metrics stay bounded.
 */
class HostileRequestsIT {

    private static final int REQUESTS = 3000;
    private static final List<String> ROUTES = List.of("/", "/learn/mathematics", "/learn/mathematics?page=2",
            "/learn/mathematics/questions/what-is-a-derivative", "/learn/computer-science/questions/what-is-a-stack",
            "/learn/mathematics/feed.xml", "/feed.xml", "/sitemap.xml", "/sitemaps/pages.xml", "/sitemaps/mathematics-1.xml",
            "/robots.txt", "/assets/katex-0.16.47/katex.min.css", "/learn/Mathematics/", "/no/such/page");
    private static final List<String> METHODS = List.of("GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS",
            "PATCH", "TRACE", "M123", "PROPFIND", "get", "X-" + "Y".repeat(40));
    private static final List<String> PATH_MUTATIONS = List.of("", "/", "//", "/index.html", "%zz", "%00", "%2e%2e/%2e%2e/etc/passwd",
            "/..;/", "%c3%28", "\\evil.example", "?page=-1", "?page=abc", "?page=99999999999", "?page=1&page=2", "?q=%ff%fe",
            "/%2F%2F", ";jsessionid=x", "#fragment", "/" + "a".repeat(3000), "?" + "x=".repeat(2000), "/\u00e9\u4e2d",
            "/-85900.xml", "/feed.xml/..", "%", "%%", "+", "?page=%00");
    private static final List<String> HEADERS = List.of("If-Modified-Since: garbage", "If-Modified-Since: ",
            "If-Unmodified-Since: Thu, 99 Foo 2026", "If-None-Match: \"", "If-None-Match: W/", "If-Match: garbage",
            "Accept-Encoding: gzip;q=x, *;q=", "Accept-Encoding: " + "gzip,".repeat(500), "Accept: */*;q=abc",
            "Range: bytes=0-0,-1", "Range: garbage", "X-Forwarded-Host: evil.example", "Forwarded: host=evil.example",
            "Cookie: " + "a=b; ".repeat(300), "Content-Type: \u0000", "Connection: upgrade", "Expect: 100-continue",
            "If-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT", "User-Agent: \u00ff\u00fe");
    private static final List<String> HOSTS = List.of("Host: localhost", "Host: localhost", "Host: localhost", "Host: a@b", "Host:",
            "Host: evil.example", "Host: localhost\r\nHost: other", "Host: [::1", "Host: " + "h".repeat(300));
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat (com|io|org|java)\\.|/work/|/tmp/|/root/|/home/|java\\.version|Caused by|Stack:");

    @TempDir
    static Path data;

    static Process server;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        port = PackagedApp.freePort();
        server = PackagedApp.startServer(data, Path.of("src/test/resources/content").toAbsolutePath(), port, data.resolve("server.log"));
        assertThat(PackagedApp.awaitStatus(PackagedApp.managementPort(port), "/q/health/ready", 200)).isEqualTo(200);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        PackagedApp.stop(server);
    }

    @Test
    void noGeneratedRequestGetsA5xxOrAStackTraceAndMetricsStayBounded() throws Exception {
        int seriesBefore = requestSeries();
        Random random = new Random(12);
        List<String> failures = new ArrayList<>();
        int answered = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String request = generate(random);
            Reply reply = send(request);
            if (reply == null) {
                continue; // the server may close a connection on a request it cannot parse at all
            }
            answered++;
            if (reply.status >= 500 || LEAK.matcher(reply.text).find()) {
                failures.add(reply.status + " for " + request.lines().findFirst().orElse("") + ": "
                        + reply.text.substring(0, Math.min(300, reply.text.length())));
            }
        }
        assertThat(failures).as("5xx answers or leaks").isEmpty();
        assertThat(answered).as("requests answered").isGreaterThan(REQUESTS * 9 / 10);

        String metrics = metrics();
        int seriesAfter = requestSeries();
        assertThat(seriesAfter).as("request series after %d odd requests (%d before)", REQUESTS, seriesBefore).isLessThan(150);
        assertThat(metrics.length()).as("metrics size").isLessThan(2_000_000);
        assertThat(Files.readString(data.resolve("server.log"))).as("no error logged").doesNotContain(" ERROR ");
    }

    private static String generate(Random random) {
        String path = pick(random, ROUTES);
        if (random.nextInt(3) > 0) {
            String mutation = pick(random, PATH_MUTATIONS);
            path = mutation.startsWith("?") && path.contains("?") ? path + "&" + mutation.substring(1) : path + mutation;
        }
        StringBuilder request = new StringBuilder(pick(random, METHODS)).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append(pick(random, HOSTS)).append("\r\n");
        for (int h = random.nextInt(4); h > 0; h--) {
            request.append(pick(random, HEADERS)).append("\r\n");
        }
        return request.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private record Reply(int status, String text) {
    }

    /** Sends one request as raw bytes (a client library would refuse most of them); null when no answer came. */
    private static Reply send(String head) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            String text = received.toString(StandardCharsets.UTF_8);
            if (!text.startsWith("HTTP/1.")) {
                return null;
            }
            return new Reply(Integer.parseInt(text.substring(9, 12)), text);
        } catch (SocketTimeoutException | java.net.SocketException e) {
            return null;
        }
    }

    private static String metrics() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + PackagedApp.managementPort(port) + "/q/metrics")).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private static int requestSeries() throws IOException, InterruptedException {
        Matcher series = Pattern.compile("(?m)^http_server_requests_seconds_count\\{").matcher(metrics());
        int count = 0;
        while (series.find()) {
            count++;
        }
        return count;
    }
}
