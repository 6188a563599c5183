package com.quicktakes.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.quicktakes.config.SiteConfig;
import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.catalog.ContentVersion;
import com.quicktakes.catalog.Sha256;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves rendered pages the way crawlers and browsers like best. A page is rendered once per
 * content version and kept, with its gzip form, in a cache bounded by {@code site.page-cache-size};
 * every response carries a strong ETag (a hash of the bytes, one per encoding) and a
 * Last-Modified date, and a conditional request that matches gets {@code 304 Not Modified} with
 * no body. Content only changes on import, so the cache is simply dropped for a new version.
 */
@ApplicationScoped
public class PageCache {

    /**
     * Browsers and proxies may keep a page but revalidate it before each use: content changes
     * whenever a file is saved (the content watcher), and a 304 from this cache costs little.
     */
    static final String CACHE_CONTROL = "public, no-cache";
    private static final String ROBOTS = "X-Robots-Tag";

    @Inject
    SiteConfig config;

    @Inject
    ContentStatus status;

    private Cache<String, Stored> cache;
    private volatile long cachedVersion = Long.MIN_VALUE;
    private Instant buildTime;

    /** What a page's renderer returns: the page, and when the content it shows last changed. */
    public record Rendered(String body, String mediaType, Instant contentChanged) {
    }

    /**
     * A rendered page with everything its response says precomputed, so that a cache hit is only
     * header writes and a buffer (see {@link #serveFromCache}).
     *
     * @param route the route template the page was rendered for, for the request metrics
     */
    private record Stored(long version, Buffer identity, Buffer gzip, String etag,
            String mediaType, Instant lastModified, String route, Headers headers) {

        int weight() {
            return identity.length() + gzip.length() + 200;
        }

        /** The quoted entity tag of the identity or the gzip form, as the ETag header says it. */
        String etag(boolean gzipped) {
            return (gzipped ? headers.gzipEtag() : headers.identityEtag()).toString();
        }
    }

    /**
     * The bytes outside the heap, in a direct buffer: the cache's tens of megabytes are then no
     * work for the garbage collector, and the socket writes them as they are (a heap buffer is
     * copied into a direct one on every write). The JDK frees it once the page leaves the cache.
     */
    private static Buffer offHeap(byte[] bytes) {
        return Buffer.buffer(Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(bytes.length).put(bytes).flip()));
    }

    /** A header name or value in the form Vert.x writes without encoding it again. */
    private static CharSequence ascii(String text) {
        return io.vertx.core.http.HttpHeaders.createOptimized(text);
    }

    /** A cached page's header values, made once when it is stored, as a hit writes them. */
    private record Headers(CharSequence identityEtag, CharSequence gzipEtag, CharSequence lastModified, CharSequence mediaType,
            CharSequence identityLength, CharSequence gzipLength) {
    }

    private static final CharSequence CACHE_CONTROL_NAME = ascii("Cache-Control");
    private static final CharSequence ETAG_NAME = ascii("ETag");
    private static final CharSequence LAST_MODIFIED_NAME = ascii("Last-Modified");
    private static final CharSequence VARY_NAME = ascii("Vary");
    private static final CharSequence CONTENT_TYPE_NAME = ascii("Content-Type");
    private static final CharSequence CONTENT_ENCODING_NAME = ascii("Content-Encoding");
    private static final CharSequence CONTENT_LENGTH_NAME = ascii("Content-Length");
    private static final CharSequence CACHE_CONTROL_VALUE = ascii(CACHE_CONTROL);
    private static final CharSequence VARY_VALUE = ascii("Accept-Encoding");
    private static final CharSequence GZIP = ascii("gzip");
    private static final CharSequence ACCEPT_ENCODING_NAME = ascii("Accept-Encoding");
    /** The request headers that make a request conditional. */
    private static final List<CharSequence> CONDITIONS = List.of(ascii("If-None-Match"),
            ascii("If-Modified-Since"), ascii("If-Match"),
            ascii("If-Unmodified-Since"));

    /** HTTP dates, always with a two-digit day (IMF-fixdate, RFC 9110 §5.6.7). */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    /** Where Quarkus' request metrics read the route template a request matched. */
    private static final String ROUTE_TEMPLATE = "UrlPathTemplate";

    @Inject
    MeterRegistry metrics;

    private Counter renderedPages;
    private Counter cachedPages;

    @PostConstruct
    void init() {
        String description = "Pages served, by whether they had to be rendered";
        renderedPages = Counter.builder("quicktakes.pages").description(description).tag("served", "rendered").register(metrics);
        cachedPages = Counter.builder("quicktakes.pages").description(description).tag("served", "from-cache").register(metrics);
        cache = Caffeine.newBuilder()
                .maximumWeight(config.pageCacheSize().asLongValue())
                .weigher((String key, Stored page) -> page.weight())
                .build();
        buildTime = readBuildTime();
    }

    /**
     * @param key    the page's canonical address, path and meaningful query
     * @param render runs only when the page is not cached for the current content version
     */
    public Response respond(Request request, HttpHeaders headers, String key, Supplier<Rendered> render) {
        long version = status.version().map(ContentVersion::number).orElse(-1L);
        if (version != cachedVersion) {
            dropOlderThan(version);
        }
        boolean[] rendered = { false };
        Stored page = cache.get(key, k -> {
            rendered[0] = true;
            return store(version, inOneTransaction(render));
        });
        if (page.version() != version) {
            // Rendered by a request that started before the new content: render again.
            page = store(version, inOneTransaction(render));
            cache.put(key, page);
            rendered[0] = true;
        }
        (rendered[0] ? renderedPages : cachedPages).increment();
        boolean gzip = acceptsGzip(Preconditions.joined(headers.getRequestHeader(HttpHeaders.ACCEPT_ENCODING)));
        EntityTag etag = new EntityTag(gzip ? page.etag() + "-gzip" : page.etag());
        Response.ResponseBuilder response = conditional(request, headers, etag, page.lastModified());
        if (response == null) {
            response = Response.ok((gzip ? page.gzip() : page.identity()).getBytes(), page.mediaType());
            if (gzip) {
                response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
        return common(response.tag(etag).lastModified(Date.from(page.lastModified()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING));
    }

    /**
     * For a response too large to render in memory: written as a stream, validated by a weak
     * ETag from what it is made of (content version, build, base url) and by the content's date.
     */
    public Response respondStreamed(Request request, HttpHeaders headers, String name, StreamingOutput body, String mediaType) {
        ContentVersion version = status.version().orElse(new ContentVersion(0, Instant.EPOCH));
        String made = version.number() + "|" + buildTime + "|" + config.baseUrl() + "|" + name;
        EntityTag etag = new EntityTag(hash(made.getBytes(StandardCharsets.UTF_8)), true);
        Instant lastModified = lastModified(version.changedAt());
        Response.ResponseBuilder response = conditional(request, headers, etag, lastModified);
        return common((response != null ? response : Response.ok(body, mediaType)).tag(etag).lastModified(Date.from(lastModified)));
    }

    /**
     * Renders a page in one transaction, so all its reads see one version of the content (the
     * database's snapshot isolation) even when an import commits meanwhile: a question and its
     * answer, a listing and its subject. Rolled back, since a page only reads.
     */
    private static Rendered inOneTransaction(Supplier<Rendered> render) {
        QuarkusTransaction.begin();
        try {
            return render.get();
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** A 304 or 412 for a conditional request that gets no body; null to send the response. */
    private static Response.ResponseBuilder conditional(Request request, HttpHeaders headers, EntityTag etag, Instant lastModified) {
        String tag = (etag.isWeak() ? "W/\"" : "\"") + etag.getValue() + "\"";
        return switch (Preconditions.evaluate(request.getMethod(),
                name -> Preconditions.joined(headers.getRequestHeader(name)), tag, lastModified)) {
            case PROCEED -> null;
            case NOT_MODIFIED -> Response.notModified();
            case FAILED -> Response.status(Response.Status.PRECONDITION_FAILED);
        };
    }

    /** What every served page says: how long it may be kept, and on a staging copy, not to index it. */
    private Response common(Response.ResponseBuilder response) {
        response.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (!config.indexing()) {
            response.header(ROBOTS, "noindex");
        }
        return response.build();
    }

    /** A new build may render the same content differently: no response is older than the build. */
    private Instant lastModified(Instant contentChanged) {
        Instant latest = contentChanged.isAfter(buildTime) ? contentChanged : buildTime;
        return latest.truncatedTo(ChronoUnit.SECONDS);
    }

    private synchronized void dropOlderThan(long version) {
        if (version != cachedVersion) {
            cache.invalidateAll();
            cachedVersion = version;
        }
    }

    private Stored store(long version, Rendered rendered) {
        byte[] identity = rendered.body().getBytes(StandardCharsets.UTF_8);
        byte[] gzip = gzip(identity);
        Instant lastModified = lastModified(rendered.contentChanged());
        Context context = Vertx.currentContext();
        String route = context == null ? null : (String) context.getLocal(ROUTE_TEMPLATE);
        String etag = hash(identity);
        Headers headers = new Headers(ascii("\"" + etag + "\""),
                ascii("\"" + etag + "-gzip\""), ascii(HTTP_DATE.format(lastModified)),
                ascii(rendered.mediaType()), ascii(String.valueOf(identity.length)),
                ascii(String.valueOf(gzip.length)));
        return new Stored(version, offHeap(identity), offHeap(gzip), etag,
                rendered.mediaType(), lastModified, route, headers);
    }

    /**
     * A GET or HEAD of a page cached for the current content version, answered on the I/O thread
     * with the bytes and headers stored with it, exactly as {@link #respond} would; anything else
     * goes on to the resources (a miss is rendered on a worker thread). The cache's keys are
     * canonical addresses, so a request that needs a redirect never matches one.
     */
    void serveFromCache(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean head = request.method() == HttpMethod.HEAD;
        Stored page = head || request.method() == HttpMethod.GET ? current(request.path(), request.query()) : null;
        if (page == null) {
            context.next();
            return;
        }
        cachedPages.increment();
        if (page.route() != null) {
            Vertx.currentContext().putLocal(ROUTE_TEMPLATE, page.route()); // metrics by route template, as if a resource answered
        }
        MultiMap requestHeaders = request.headers();
        // Every Accept-Encoding header, as respond() reads them: the first alone could answer differently.
        boolean gzip = acceptsGzip(Preconditions.joined(requestHeaders.getAll(ACCEPT_ENCODING_NAME)));
        Headers stored = page.headers();
        HttpServerResponse response = context.response();
        MultiMap headers = response.headers()
                .set(CACHE_CONTROL_NAME, CACHE_CONTROL_VALUE)
                .set(ETAG_NAME, gzip ? stored.gzipEtag() : stored.identityEtag())
                .set(LAST_MODIFIED_NAME, stored.lastModified())
                .set(VARY_NAME, VARY_VALUE);
        if (!config.indexing()) {
            headers.set(ROBOTS, "noindex");
        }
        Preconditions.Outcome outcome = Preconditions.Outcome.PROCEED;
        for (CharSequence condition : CONDITIONS) {
            if (requestHeaders.contains(condition)) {
                outcome = Preconditions.evaluate(request.method().name(), name -> Preconditions.joined(requestHeaders.getAll(name)),
                        page.etag(gzip), page.lastModified());
                break;
            }
        }
        switch (outcome) {
            case NOT_MODIFIED -> response.setStatusCode(304).end();
            case FAILED -> response.setStatusCode(412).end();
            case PROCEED -> {
                headers.set(CONTENT_TYPE_NAME, stored.mediaType());
                if (gzip) {
                    headers.set(CONTENT_ENCODING_NAME, GZIP);
                }
                if (head) {
                    headers.set(CONTENT_LENGTH_NAME, gzip ? stored.gzipLength() : stored.identityLength());
                    response.end();
                } else {
                    response.end(gzip ? page.gzip() : page.identity());
                }
            }
        }
    }

    /** The page cached under the request's address for the current content version, or null. */
    private Stored current(String path, String query) {
        if (path == null) {
            return null;
        }
        Stored page = cache.getIfPresent(query == null ? path : path + "?" + query);
        long version = status.version().map(ContentVersion::number).orElse(-1L);
        return page != null && page.version() == version ? page : null;
    }

    /**
     * True when the client takes gzip ({@code Accept-Encoding: gzip}, or {@code *}), unless it says
     * {@code q=0}. Read by hand, without regular expressions or splitting: it runs for every request.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        int at = 0;
        int length = acceptEncoding.length();
        while (at < length) {
            int end = acceptEncoding.indexOf(',', at);
            if (end < 0) {
                end = length;
            }
            int semicolon = acceptEncoding.indexOf(';', at);
            int nameEnd = semicolon >= 0 && semicolon < end ? semicolon : end;
            String name = acceptEncoding.substring(at, nameEnd).strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                return nameEnd == end || !isZeroQuality(acceptEncoding.substring(nameEnd + 1, end));
            }
            at = end + 1;
        }
        return false;
    }

    /** Whether parameters such as {@code q=0} or {@code q=0.000} say "not acceptable". */
    private static boolean isZeroQuality(String parameters) {
        String q = parameters.replace(" ", "");
        if (!q.startsWith("q=0")) {
            return false;
        }
        for (int i = 3; i < q.length(); i++) {
            char c = q.charAt(i);
            if (!(c == '0' || (c == '.' && i == 3))) {
                return false;
            }
        }
        return true;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An entity tag: 128 bits of the SHA-256, in URL-safe base64. */
    private static String hash(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.digest(bytes)).substring(0, 22);
    }

    private static Instant readBuildTime() {
        Properties build = new Properties();
        try (InputStream in = PageCache.class.getClassLoader().getResourceAsStream("build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String time = build.getProperty("build.time", "");
        return time.startsWith("$") || time.isEmpty() ? Instant.EPOCH : Instant.parse(time);
    }
}
