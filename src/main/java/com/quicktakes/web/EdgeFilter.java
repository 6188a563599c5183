package com.quicktakes.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.quicktakes.catalog.ContentStatus;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What every request to the public port passes first, on the I/O thread, before any resource
 * runs: the security headers every response carries, a clean 400 for a request whose Host the
 * server cannot use, a 405 for methods the site does not serve, and a 503 while a fresh server
 * has no content yet (Vert.x would otherwise fail such requests deep inside with a logged
 * "500 - Internal Server Error"). Then a page in the cache is answered at once
 * ({@link PageCache#serveFromCache}); anything else goes on to the resources.
 */
@ApplicationScoped
public class EdgeFilter {

    /**
     * The page's own files only: scripts (no inline script, no eval) and style sheets from the
     * site, images also from https (an answer may show one), no plugins, no framing. KaTeX sizes
     * each formula's parts with style attributes, so those, and only those, are allowed inline
     * ({@code style-src-attr}); a {@code <style>} element is not.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' https: data:; font-src 'self'; connect-src 'self'; "
            + "manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
            "Cross-Origin-Opener-Policy", "same-origin");

    /** The same, as header names and values made once: every response carries them. */
    private static final List<Map.Entry<CharSequence, CharSequence>> SECURITY_HEADER_VALUES = SECURITY_HEADERS.entrySet().stream()
            .map(header -> Map.entry(HttpHeaders.createOptimized(header.getKey()), HttpHeaders.createOptimized(header.getValue())))
            .toList();

    /** How long a client should wait before asking a server that is still importing its first content. */
    static final String RETRY_AFTER_SECONDS = "10";

    @Inject
    ContentStatus status;

    @Inject
    PageCache pages;

    /**
     * Runs before every other route of the public port (negative order); its failure handler
     * answers the client errors that Vert.x finds before any route runs (no usable Host, a path it
     * cannot decode), which would otherwise reach Quarkus' error page as a logged "500".
     */
    void register(@Observes Router router) {
        router.route().order(-1_000).handler(this::filter).failureHandler(this::clientError);
    }

    void clientError(RoutingContext context) {
        int status = context.statusCode();
        if (status < 400 || status >= 500 || context.response().ended()) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        addSecurityHeaders(response);
        plain(response, status, status + " " + HttpResponseStatus.valueOf(status).reasonPhrase() + "\n");
    }

    void filter(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        addSecurityHeaders(response);
        if (!validHost(request)) {
            plain(response, 400, "400 Bad Request: the Host header is missing or malformed.\n");
        } else if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.ALLOW, "GET, HEAD");
            plain(response, 405, "405 Method Not Allowed: this site answers GET and HEAD.\n");
        } else if (!status.loaded() && !servedWithoutContent(request.path())) {
            response.putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8").end("""
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>Starting up</title></head>
                    <body><h1>Starting up</h1><p>The site is loading its content. Please try again in a few seconds.</p></body></html>
                    """);
        } else {
            pages.serveFromCache(context); // a cache hit ends here; anything else goes on to the resources
        }
    }

    private static void addSecurityHeaders(HttpServerResponse response) {
        MultiMap headers = response.headers();
        for (Map.Entry<CharSequence, CharSequence> header : SECURITY_HEADER_VALUES) {
            headers.set(header.getKey(), header.getValue());
        }
    }

    private static boolean validHost(HttpServerRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        if (host == null) {
            // HTTP/2 names the host in :authority, which Vert.x has already parsed; HTTP/1.1 requires Host.
            return request.version() != io.vertx.core.http.HttpVersion.HTTP_1_1 && request.authority() != null;
        }
        return request.headers().getAll(HttpHeaders.HOST).size() == 1 && isHostAndPort(host);
    }

    /**
     * A host name or IP literal and an optional port: what a Host header may hold (RFC 9110 §7.2).
     * Checked by hand, not by a regular expression: it runs for every request.
     */
    static boolean isHostAndPort(String host) {
        int end = host.length();
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(']', colon) < 0) {
            if (end - colon - 1 < 1 || end - colon - 1 > 5 || !allMatch(host, colon + 1, end, "0123456789")) {
                return false;
            }
            end = colon;
        }
        if (end > 0 && host.charAt(0) == '[') {
            return host.charAt(end - 1) == ']' && end - 2 >= 2 && end - 2 <= 45 && allMatch(host, 1, end - 1, "0123456789abcdefABCDEF:.");
        }
        return end >= 1 && end <= 253 && allMatch(host, 0, end, null);
    }

    /** Whether every character in [from, to) is one of {@code allowed} (null: a letter, digit, '.' or '-'). */
    private static boolean allMatch(String text, int from, int to, String allowed) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean ok = allowed != null ? allowed.indexOf(c) >= 0
                    : (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** What a server without content can still answer: its static files and robots.txt. */
    private static boolean servedWithoutContent(String path) {
        return path != null && (path.startsWith("/assets/") || path.equals("/robots.txt"));
    }

    private static void plain(HttpServerResponse response, int status, String body) {
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8").end(body);
    }
}
