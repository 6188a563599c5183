package com.quicktakes.web;

import java.net.URI;
import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.quicktakes.catalog.SitePaths;
import com.quicktakes.config.SiteConfig;

/**
 * The site's 301s. Every Location is absolute from {@code site.base-url} (or the http(s) url the
 * operator's redirects file names), never from the request's Host header, which anyone can set.
 */
public final class Redirects {

    /** A moved page stays moved: clients may keep the redirect for a day. */
    static final String CACHE_CONTROL = "public, max-age=86400";

    private Redirects() {
    }

    /** A 301 to a path of the site or an http(s) url; empty when the target is no url a client could follow. */
    public static Optional<Response> permanent(SiteConfig config, String target) {
        String location = SitePaths.isSitePath(target) ? config.absoluteUrl(target) : target;
        try {
            URI uri = URI.create(location);
            return Optional.of(Response.status(Response.Status.MOVED_PERMANENTLY).location(uri)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build());
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }
}
