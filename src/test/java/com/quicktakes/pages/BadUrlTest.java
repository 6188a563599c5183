package com.quicktakes.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** No url of any shape gives a 500 or shows a stack trace. */
@QuarkusTest
class BadUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/learn", "/learn/", "/learn/x/questions", "/learn/x/questions/", "/learn/x/questions/y/z",
            "/learn/mathematics/questions/%", "/learn/%ZZ", "/learn/a%00b", "/learn/..%2f..%2fetc%2fpasswd",
            "/%2e%2e/%2e%2e/etc/passwd", "/learn/mathematics/questions/%C0%AF", "/learn/%F0%9F%98%80/questions/x",
            "/learn/mathematics?page=%", "/learn/mathematics?page=%ZZ&page=2", "/index.php?x=<script>", "/assets/",
            "/assets/..%2fapplication.properties", "/learn/mathematics/questions/how-do-gradients-point-uphill/..;/x",
            "/learn/\u00e9", "/learn/mathematics/questions/\u00ff\u00fe", "/learn/mathematics/questions/a b",
            "*", "learn/mathematics", "/learn/mathematics#fragment",
    })
    void answersWithAClientErrorNeverAServerError(String target) throws IOException {
        RawHttp.Reply reply = RawHttp.get(target);
        assertThat(reply.status()).as(target).isBetween(300, 499);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at com.quicktakes").doesNotContain("at io.");
    }

    @ParameterizedTest
    @ValueSource(ints = { 300, 3000, 10000, 100000 })
    void overlongPathsAreRefused(int length) throws IOException {
        RawHttp.Reply reply = RawHttp.get("/learn/mathematics/questions/" + "a".repeat(length));
        assertThat(reply.status()).isIn(400, 404, 414);
    }
}
