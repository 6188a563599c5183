package com.quicktakes.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conditional requests (RFC 9110 §13) against a response's ETag and Last-Modified, read from the
 * raw header values. Crawlers and proxies send odd headers, so nothing here throws: a date that
 * does not parse is ignored (§13.1.3, §13.1.4), as is an entity tag list with nothing in it.
 */
public final class Preconditions {

    /** {@code W/"…"} or {@code "…"}: the entity tags of a list; anything between them is skipped. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"([^\"]*)\"");
    /** Longer than any real list of tags; a longer header is not examined at all. */
    private static final int MAX_HEADER = 8192;

    /** What a conditional request gets instead of the response. */
    public enum Outcome {
        /** Send the response. */
        PROCEED,
        /** 304: the client's copy is current. */
        NOT_MODIFIED,
        /** 412: a precondition of an If-Match or If-Unmodified-Since failed. */
        FAILED
    }

    private Preconditions() {
    }

    /**
     * @param header       a request header's values, joined with commas; null when absent
     * @param etag         the response's entity tag as sent, with its quotes (and {@code W/} if weak)
     * @param lastModified the response's Last-Modified, to the second
     */
    public static Outcome evaluate(String method, Function<String, String> header, String etag, Instant lastModified) {
        boolean getOrHead = method.equals("GET") || method.equals("HEAD");
        String ifMatch = header.apply("If-Match");
        if (ifMatch != null) {
            if (!matches(ifMatch, etag, true)) {
                return Outcome.FAILED;
            }
        } else {
            Instant unmodifiedSince = httpDate(header.apply("If-Unmodified-Since"));
            if (unmodifiedSince != null && lastModified.isAfter(unmodifiedSince)) {
                return Outcome.FAILED;
            }
        }
        String ifNoneMatch = header.apply("If-None-Match");
        if (ifNoneMatch != null) {
            if (matches(ifNoneMatch, etag, false)) {
                return getOrHead ? Outcome.NOT_MODIFIED : Outcome.FAILED;
            }
        } else if (getOrHead) {
            Instant modifiedSince = httpDate(header.apply("If-Modified-Since"));
            if (modifiedSince != null && !lastModified.isAfter(modifiedSince)) {
                return Outcome.NOT_MODIFIED;
            }
        }
        return Outcome.PROCEED;
    }

    /** Whether a list of entity tags (or {@code *}) matches {@code etag}, comparing strongly or weakly (§8.8.3.2). */
    static boolean matches(String list, String etag, boolean strong) {
        if (list.length() > MAX_HEADER) {
            return false;
        }
        if (list.strip().equals("*")) {
            return true;
        }
        boolean etagWeak = etag.startsWith("W/");
        String opaque = etagWeak ? etag.substring(2) : etag;
        Matcher tags = ENTITY_TAG.matcher(list);
        while (tags.find()) {
            boolean weak = tags.group(1) != null;
            if (("\"" + tags.group(2) + "\"").equals(opaque) && (!strong || (!weak && !etagWeak))) {
                return true;
            }
        }
        return false;
    }

    /** An HTTP-date in its preferred form ({@code Sun, 06 Nov 1994 08:49:37 GMT}); null when absent or invalid. */
    static Instant httpDate(String value) {
        if (value == null || value.length() > 64) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A request header's values as one comma-separated value, as RFC 9110 §5.3 allows for lists. */
    public static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }
}
