package com.quicktakes.seo;

import java.net.URI;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.quicktakes.catalog.SitePaths;

import io.vertx.core.http.HttpServerRequest;

/**
 * One url per page: a request for a non-canonical form of a url gets a single 301 to the
 * canonical one, before any resource runs. Canonical means: no duplicate slashes, no trailing
 * slash (but for {@code /}), no {@code /index.html}, no percent-encoding of characters that need
 * none, lower case in the site's own paths ({@code /learn/…}), and no {@code ?page=1}. Any other
 * query string is kept.
 */
public class CanonicalUrls {

    @ServerRequestFilter(preMatching = true)
    public Response redirectToCanonical(ContainerRequestContext context, HttpServerRequest request) {
        String raw = request.path();
        if (raw == null || !raw.startsWith("/")) {
            return null;
        }
        String query = request.query();
        String canonical = SitePaths.canonical(raw) + canonicalQuery(query);
        if (canonical.equals(query == null ? raw : raw + "?" + query)) {
            return null;
        }
        try {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(canonical)).build();
        } catch (IllegalArgumentException e) {
            return null; // not a valid url even in canonical form: let it be a 404
        }
    }

    /** The first page of a listing has one address, without {@code ?page=1}; other queries stay. */
    static String canonicalQuery(String query) {
        if (query == null || query.isEmpty() || query.equals("page=1")) {
            return "";
        }
        return "?" + query;
    }

}
