package com.quicktakes.seo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/** Cheap to recrawl: validators, 304s, HEAD on every route, compression. */
@QuarkusTest
class HttpCachingTest {

    private static final String QUESTION = "/learn/mathematics/questions/how-do-gradients-point-uphill";
    /** Gives the compressed bytes as they came, so the test sees what was sent. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    private static Response get(String path, String... headers) {
        var request = given().config(RAW).redirects().follow(false);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.get(path);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/learn/geography", "/learn/geography?page=2", QUESTION, "/feed.xml", "/learn/geography/feed.xml",
            "/sitemap.xml" })
    void pagesHaveAStrongETagAndLastModifiedAndAnswerConditionalRequestsWith304(String path) {
        Response first = get(path, "Accept-Encoding", "identity");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.header("ETag");
        assertThat(etag).as("a strong validator").matches("\"[A-Za-z0-9_-]+\"");
        assertThat(first.header("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(first.header("Vary")).isEqualTo("Accept-Encoding");
        String lastModified = first.header("Last-Modified");
        assertThat(lastModified).isNotBlank();

        Response byEtag = get(path, "Accept-Encoding", "identity", "If-None-Match", etag);
        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body().asByteArray()).isEmpty();
        assertThat(byEtag.header("ETag")).isEqualTo(etag);

        Response byDate = get(path, "Accept-Encoding", "identity", "If-Modified-Since", lastModified);
        assertThat(byDate.statusCode()).isEqualTo(304);

        assertThat(get(path, "Accept-Encoding", "identity", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        assertThat(get(path, "Accept-Encoding", "identity", "If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").statusCode()).isEqualTo(200);
    }

    @Test
    void theGzipFormHasItsOwnStrongETagAndTheSameContent() throws IOException {
        Response plain = get(QUESTION, "Accept-Encoding", "identity");
        Response gzip = get(QUESTION, "Accept-Encoding", "gzip, deflate, br");
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzip.header("ETag")).isNotEqualTo(plain.header("ETag")).matches("\"[A-Za-z0-9_-]+-gzip\"");
        byte[] compressed = gzip.body().asByteArray();
        assertThat(compressed.length).isLessThan(plain.body().asByteArray().length / 2);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body().asByteArray());
        }
        assertThat(get(QUESTION, "Accept-Encoding", "gzip", "If-None-Match", gzip.header("ETag")).statusCode()).isEqualTo(304);
        assertThat(get(QUESTION, "Accept-Encoding", "gzip;q=0").header("Content-Encoding")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/sitemaps/geography-1.xml", "/sitemaps/pages.xml", "/robots.txt" })
    void otherTextIsCompressedWhenTheClientAsks(String path) {
        assertThat(get(path, "Accept-Encoding", "gzip").header("Content-Encoding")).isEqualTo("gzip");
        assertThat(get(path, "Accept-Encoding", "identity").header("Content-Encoding")).isNull();
    }

    @Test
    void theStylesheetIsCompressedToo() {
        String stylesheet = given().get("/").htmlPath().getString("**.find { it.@rel == 'stylesheet' }.@href");
        assertThat(get(stylesheet, "Accept-Encoding", "gzip").header("Content-Encoding")).isEqualTo("gzip");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/learn/geography", QUESTION, "/feed.xml", "/learn/mathematics/feed.xml", "/sitemap.xml",
            "/sitemaps/pages.xml", "/sitemaps/mathematics-1.xml", "/robots.txt", "/assets/katex-0.16.47/katex.min.css" })
    void headWorksOnEveryRoute(String path) {
        Response head = given().config(RAW).redirects().follow(false).head(path);
        assertThat(head.statusCode()).as(path).isEqualTo(200);
        assertThat(head.body().asByteArray()).isEmpty();
        assertThat(head.contentType()).isNotBlank();
    }

    @Test
    void headOfAnUnknownPageIs404() {
        assertThat(given().head("/learn/mathematics/questions/nope").statusCode()).isEqualTo(404);
    }
}
