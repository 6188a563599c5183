package com.quicktakes.seo;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.quicktakes.catalog.SitePaths;

/**
 * {@code /sitemap.xml}: the index of the sitemap files. (Resource classes of their own: a class
 * path of {@code /} would lose to the site's catch-all for unknown paths.)
 */
@Path(SitePaths.SITEMAP_INDEX)
public class SitemapIndexResource {

    @Inject
    Sitemaps sitemaps;

    @GET
    @Produces(Sitemaps.XML)
    public Response index(@Context Request request, @Context HttpHeaders headers) {
        return sitemaps.index(request, headers);
    }
}
