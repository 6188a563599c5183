package com.quicktakes.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
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
import io.quarkus.narayana.jta.QuarkusTransaction;

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

    private record Stored(long version, byte[] identity, byte[] gzip, String etag, String mediaType, Instant lastModified) {
        int weight() {
            return identity.length + gzip.length + 200;
        }
    }

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
            response = Response.ok(gzip ? page.gzip() : page.identity(), page.mediaType());
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
            response.header("X-Robots-Tag", "noindex");
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
        return new Stored(version, identity, gzip(identity), hash(identity), rendered.mediaType(),
                lastModified(rendered.contentChanged()));
    }

    /** True when the client takes gzip ({@code Accept-Encoding: gzip}, or {@code *}), unless it says {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.trim().split(";");
            String name = coding[0].trim();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                return coding.length < 2 || !coding[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
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
