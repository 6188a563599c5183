package com.quicktakes.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.quicktakes.pages.RawHttp;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Odd requests that crawlers, proxies and attackers send: each gets a proper answer, never a 500. */
@QuarkusTest
class HostileRequestsTest {

    private static final String QUESTION = "/learn/computer-science/questions/what-is-a-stack";
    private static final List<String> ROUTES = List.of("/", "/learn/mathematics", QUESTION, "/feed.xml",
            "/learn/mathematics/feed.xml", "/sitemap.xml", "/sitemaps/pages.xml", "/sitemaps/mathematics-1.xml");

    @ParameterizedTest
    @ValueSource(strings = { "If-Modified-Since", "If-Unmodified-Since", "If-None-Match", "If-Match", "Accept-Encoding" })
    void aMalformedConditionalHeaderIsIgnored(String header) {
        for (String route : ROUTES) {
            for (String value : List.of("garbage", "", "\"", "W/", "Thu, 99 Foo 2026 99:99:99 GMT", "gzip;q=x, *;q=")) {
                int status = given().redirects().follow(false).header(header, value).get(route).statusCode();
                if (header.equals("If-Match")) {
                    assertThat(status).as(route + " " + header + ": " + value).isIn(200, 412);
                } else {
                    assertThat(status).as(route + " " + header + ": " + value).isEqualTo(200);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "Host: a@b", "Host:", "Host: evil.example\r\nHost: other.example", "Host: a b", "Host: [::1",
            "Host: " + "x" })
    void aBadHostIsA400ThatSaysSo(String hostLine) throws IOException {
        String head = "GET / HTTP/1.1" + (hostLine.equals("Host: x") ? "" : "\r\n" + hostLine);
        RawHttp.Reply reply = RawHttp.send(head);
        if (hostLine.equals("Host: x")) {
            assertThat(reply.status()).as("no Host at all").isEqualTo(400);
        } else {
            assertThat(reply.status()).as(hostLine).isEqualTo(400);
        }
        assertThat(reply.body()).startsWith("400 Bad Request").doesNotContain("500").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = { "M123", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND" })
    void methodsTheSiteDoesNotServeAre405(String method) throws IOException {
        RawHttp.Reply reply = RawHttp.send(method + " /robots.txt HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0");
        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).isEqualTo("GET, HEAD");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", QUESTION, "/robots.txt", "/feed.xml", "/no-such-page", "/learn/Mathematics/",
            "/assets/katex-0.16.47/katex.min.css" })
    void everyResponseCarriesTheSecurityHeaders(String path) {
        Response response = given().redirects().follow(false).get(path);
        String policy = response.header("Content-Security-Policy");
        assertThat(policy).as(path).contains("script-src 'self';").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        assertThat(policy.replace("style-src-attr 'unsafe-inline'", "")).as("inline only for style attributes")
                .doesNotContain("unsafe-inline");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.header("Permissions-Policy")).contains("camera=()");
    }

    @Test
    void errorsFromBeforeRoutingCarryTheSecurityHeadersToo() throws IOException {
        RawHttp.Reply reply = RawHttp.send("GET / HTTP/1.1\r\nHost: a@b");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/learn/Mathematics/", "/learn/mathematics/", "/learn", "/learn/mathematics?page=1" })
    void redirectsNameTheSiteNotTheHostHeader(String path) {
        Response response = given().redirects().follow(false).header("Host", "evil.example").get(path);
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.header("Location")).startsWith("http://localhost:8080/");
        assertThat(response.header("Cache-Control")).isEqualTo("public, max-age=86400");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/webjars/katex/0.16.47/package.json", "/webjars/katex/0.16.47/README.md",
            "/webjars/katex/0.16.47/dist/katex.min.js", "/assets/katex-0.16.47/README.md",
            "/assets/katex-0.16.47/package.json", "/assets/katex-0.16.46/katex.min.css" })
    void onlyTheFilesPagesLoadAreServed(String path) {
        assertThat(given().get(path).statusCode()).as(path).isEqualTo(404);
    }
}
