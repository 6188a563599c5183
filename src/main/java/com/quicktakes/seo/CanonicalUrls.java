package com.quicktakes.seo;

import java.util.Locale;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.quicktakes.catalog.SitePaths;
import com.quicktakes.config.SiteConfig;
import com.quicktakes.web.Redirects;

import io.vertx.core.http.HttpServerRequest;

/**
 * One url per page: a request for a non-canonical form of a url gets a single 301 to the
 * canonical one ({@link SitePaths#canonical}), before any resource runs, and no {@code ?page=1};
 * any other query string is kept. A path with capitals is left to the resources and the 404
 * mapper, which know whether they belong to a question's url.
 */
public class CanonicalUrls {

    /** Looked up per request: filters are created before the configuration mapping is ready. */
    @Inject
    Instance<SiteConfig> config;

    @ServerRequestFilter(preMatching = true)
    public Response redirectToCanonical(ContainerRequestContext context, HttpServerRequest request) {
        String raw = request.path();
        if (raw == null || !raw.startsWith("/")) {
            return null;
        }
        String query = request.query();
        String path = SitePaths.canonical(raw);
        String canonical = path + SitePaths.canonicalQuery(query);
        if (canonical.equals(query == null ? raw : raw + "?" + query)) {
            return null;
        }
        if (!path.equals(path.toLowerCase(Locale.ROOT))) {
            // Capitals may be part of a question's url or a wrong spelling of one: only a lookup can
            // tell, so pages.NotFoundMapper redirects once it knows, in one hop.
            return null;
        }
        return Redirects.permanent(config.get(), canonical).orElse(null); // else not a url at all: a 404
    }
}
