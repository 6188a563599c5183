package com.quicktakes.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The request headers read on every request, by hand: what they accept and refuse. */
class HeaderParsingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "gzip|true", "GZIP|true", "gzip, deflate, br|true", "br, gzip;q=0.8|true", "*|true",
            "deflate, *;q=0.5|true", "identity|false", "gzip;q=0|false", "gzip; q=0.000|false", "gzip;q=0.5|true",
            "br|false", "gzipx|false", "x-gzip|false", "gzip;q=x|true", "''|false", ",,,|false", ";;|false" })
    void acceptsGzipUnlessTheClientRefusesIt(String acceptEncoding, boolean gzip) {
        assertThat(PageCache.acceptsGzip(acceptEncoding)).as(acceptEncoding).isEqualTo(gzip);
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost", "localhost:8080", "www.example.org", "127.0.0.1:80", "[::1]", "[::1]:8080", "a-b.c" })
    void aHostAndPortIsAValidHost(String host) {
        assertThat(EdgeFilter.isHostAndPort(host)).as(host).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "a@b", "a b", "[::1", "::1", "host:", "host:123456", "host:80x", "evil.example/x", "h\u00e9", "[]",
            "a_b" })
    void anythingElseIsNot(String host) {
        assertThat(EdgeFilter.isHostAndPort(host)).as(host).isFalse();
    }
}
