package com.quicktakes.ops;

import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Request metrics that anyone can send requests to, but nobody can blow up: latencies as
 * histograms (so percentiles can be computed across replicas), with every tag value from a closed
 * set. A made-up method is {@code OTHER}; a path that matched none of the site's routes (a 400 or
 * 405 before routing) is {@code UNMATCHED}, never the raw path: otherwise every odd request
 * would add a series, and once the tag cap is full, real routes would stop being recorded.
 */
@Singleton
public class MetricsSetup {

    static final String REQUESTS = "http.server.requests";

    /** The methods HTTP defines; any other is counted as {@code OTHER}. */
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT");

    /**
     * The route templates of the public port, and Quarkus' own names for the root, redirects and
     * not-found requests. A new resource adds its template here (MetricsTest requests every route).
     */
    static final Set<String> ROUTES = Set.of("root", "REDIRECTION", "NOT_FOUND",
            "/learn/{subject}", "/learn/{subject}/questions/{slug}", "/learn/{subject}/feed.xml",
            "/feed.xml", "/sitemap.xml", "/sitemaps/{file}", "/robots.txt", "/search",
            "/assets/{name}", "/assets/katex-{version}/{file: .+}", "/{path: .+}");

    @Produces
    @Singleton
    MeterFilter closedTagValues() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().equals(REQUESTS)) {
                    return id;
                }
                String method = id.getTag("method");
                String uri = id.getTag("uri");
                Meter.Id mapped = id;
                if (method != null && !METHODS.contains(method)) {
                    mapped = mapped.replaceTags(replaced(mapped, "method", "OTHER"));
                }
                if (uri != null && !ROUTES.contains(uri)) {
                    mapped = mapped.replaceTags(replaced(mapped, "uri", "UNMATCHED"));
                }
                return mapped;
            }
        };
    }

    private static Iterable<Tag> replaced(Meter.Id id, String key, String value) {
        return id.getTags().stream().map(tag -> tag.getKey().equals(key) ? Tag.of(key, value) : tag).toList();
    }

    @Produces
    @Singleton
    MeterFilter latencyHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals(REQUESTS)) {
                    return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
                }
                return config;
            }
        };
    }
}
