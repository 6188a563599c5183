package com.quicktakes.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * A cache hit is answered on the I/O thread, before any resource: it must say exactly what the
 * resource said when it rendered the page, byte for byte and header for header.
 */
@QuarkusTest
class CachedPagesTest {

    private static final RestAssuredConfig RAW = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    private static Response get(String path, String... headers) {
        var request = given().config(RAW).redirects().follow(false).urlEncodingEnabled(false);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.get(path);
    }

    private static Map<String, String> headersButDate(Response response) {
        Map<String, String> headers = new TreeMap<>();
        response.headers().forEach(h -> {
            if (!h.getName().equalsIgnoreCase("Date")) {
                headers.merge(h.getName().toLowerCase(), h.getValue(), (a, b) -> a + ", " + b);
            }
        });
        return headers;
    }

    @ParameterizedTest
    @ValueSource(strings = { "/learn/physics/questions/how-do-waves-carry-energy", "/learn/geography?page=2", "/feed.xml",
            "/search?q=waves", "/sitemap.xml" })
    void aCacheHitSaysWhatTheRenderingSaid(String path) {
        for (String encoding : new String[] { "identity", "gzip" }) {
            // The first request may render it (or find it cached by another test): either way the second is a hit.
            Response first = get(path, "Accept-Encoding", encoding);
            Response hit = get(path, "Accept-Encoding", encoding);
            assertThat(hit.statusCode()).isEqualTo(200);
            assertThat(hit.asByteArray()).as(path + " " + encoding).isEqualTo(first.asByteArray());
            assertThat(headersButDate(hit)).as(path + " " + encoding).isEqualTo(headersButDate(first));

            Response notModified = get(path, "Accept-Encoding", encoding, "If-None-Match", hit.header("ETag"));
            assertThat(notModified.statusCode()).isEqualTo(304);
            assertThat(notModified.asByteArray()).isEmpty();
            assertThat(get(path, "Accept-Encoding", encoding, "If-Modified-Since", hit.header("Last-Modified")).statusCode())
                    .isEqualTo(304);
            assertThat(get(path, "Accept-Encoding", encoding, "If-Modified-Since", "garbage").statusCode()).isEqualTo(200);

            Response head = given().config(RAW).header("Accept-Encoding", encoding).head(path);
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.asByteArray()).isEmpty();
            assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(hit.asByteArray().length));
            assertThat(head.header("ETag")).isEqualTo(hit.header("ETag"));
        }
    }

    @Test
    void aCacheHitReadsEveryAcceptEncodingHeaderAsARenderingDoes() {
        String path = "/learn/physics/questions/how-do-waves-carry-energy";
        get(path); // rendered now, or already cached: the requests below are hits
        Response hit = get(path, "Accept-Encoding", "identity", "Accept-Encoding", "gzip");
        Response gzip = get(path, "Accept-Encoding", "gzip");
        assertThat(hit.header("Content-Encoding")).as("two headers mean the list of both").isEqualTo("gzip");
        assertThat(hit.header("ETag")).as("the stored gzip form, not the identity one compressed again")
                .isEqualTo(gzip.header("ETag"));
        assertThat(hit.asByteArray()).isEqualTo(gzip.asByteArray());
    }
}
