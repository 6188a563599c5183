package com.quicktakes.web;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.quicktakes.catalog.ContentStatus;

import io.netty.handler.codec.http.HttpResponseStatus;
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
 * has no content yet. (Vert.x would otherwise fail such requests deep inside with a logged
 * "500 - Internal Server Error".)
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

    /** A host name or IP literal and an optional port: what a Host header may hold (RFC 9110 §7.2). */
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]{2,45}]|[A-Za-z0-9.-]{1,253})(:[0-9]{1,5})?");

    /** How long a client should wait before asking a server that is still importing its first content. */
    static final String RETRY_AFTER_SECONDS = "10";

    @Inject
    ContentStatus status;

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
        SECURITY_HEADERS.forEach(response::putHeader);
        plain(response, status, status + " " + HttpResponseStatus.valueOf(status).reasonPhrase() + "\n");
    }

    void filter(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        SECURITY_HEADERS.forEach(response::putHeader);
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
            context.next();
        }
    }

    private static boolean validHost(HttpServerRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        if (host == null) {
            // HTTP/2 names the host in :authority, which Vert.x has already parsed; HTTP/1.1 requires Host.
            return request.version() != io.vertx.core.http.HttpVersion.HTTP_1_1 && request.authority() != null;
        }
        return request.headers().getAll(HttpHeaders.HOST).size() == 1 && HOST.matcher(host).matches();
    }

    /** What a server without content can still answer: its static files and robots.txt. */
    private static boolean servedWithoutContent(String path) {
        return path != null && (path.startsWith("/assets/") || path.equals("/robots.txt"));
    }

    private static void plain(HttpServerResponse response, int status, String body) {
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8").end(body);
    }
}
