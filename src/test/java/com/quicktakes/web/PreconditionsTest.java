package com.quicktakes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.quicktakes.web.Preconditions.Outcome;

class PreconditionsTest {

    private static final String ETAG = "\"abc\"";
    private static final Instant MODIFIED = Instant.parse("2026-01-02T03:04:05Z");
    private static final String MODIFIED_TEXT = "Fri, 02 Jan 2026 03:04:05 GMT";

    private static Outcome get(Map<String, String> headers) {
        return Preconditions.evaluate("GET", headers::get, ETAG, MODIFIED);
    }

    @ParameterizedTest
    @ValueSource(strings = { "garbage", "", " ", "Fri, 32 Jan 2026 03:04:05 GMT", "2026-01-02", "Friday, 02-Jan-26 03:04:05 GMT",
            "Fri, 02 Jan 2026 03:04:05 GMT, Fri, 02 Jan 2026 03:04:05 GMT", "\u0000\u00ff", "9999999999999999999" })
    void anUnparseableDateIsIgnoredNeverAnError(String date) {
        assertThat(get(Map.of("If-Modified-Since", date))).isEqualTo(Outcome.PROCEED);
        assertThat(get(Map.of("If-Unmodified-Since", date))).isEqualTo(Outcome.PROCEED);
        assertThat(get(Map.of("If-Modified-Since", date.repeat(1000)))).isEqualTo(Outcome.PROCEED);
    }

    @Test
    void datesCompareToTheSecond() {
        assertThat(get(Map.of("If-Modified-Since", MODIFIED_TEXT))).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(get(Map.of("If-Modified-Since", "Fri, 02 Jan 2026 03:04:04 GMT"))).isEqualTo(Outcome.PROCEED);
        assertThat(get(Map.of("If-Unmodified-Since", "Fri, 02 Jan 2026 03:04:04 GMT"))).isEqualTo(Outcome.FAILED);
        assertThat(get(Map.of("If-Unmodified-Since", MODIFIED_TEXT))).isEqualTo(Outcome.PROCEED);
    }

    @Test
    void ifNoneMatchComparesWeaklyAndWinsOverTheDate() {
        assertThat(get(Map.of("If-None-Match", "\"x\", W/\"abc\""))).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(get(Map.of("If-None-Match", "*"))).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(get(Map.of("If-None-Match", "\"x\"", "If-Modified-Since", MODIFIED_TEXT))).isEqualTo(Outcome.PROCEED);
        assertThat(Preconditions.evaluate("POST", Map.of("If-None-Match", ETAG)::get, ETAG, MODIFIED)).isEqualTo(Outcome.FAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = { "garbage", "\"", "\"abc", "W/", ",,,", "\"a\"\"b\"", "W/\"abc\"" })
    void ifMatchComparesStronglyAndToleratesAnyText(String list) {
        assertThat(get(Map.of("If-Match", list))).isEqualTo(Outcome.FAILED);
        assertThat(get(Map.of("If-Match", "\"abc\""))).isEqualTo(Outcome.PROCEED);
    }
}
