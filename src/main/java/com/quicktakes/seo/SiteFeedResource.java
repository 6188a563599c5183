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

/** {@code /feed.xml}: the site's newest questions. */
@Path(SitePaths.SITE_FEED)
public class SiteFeedResource {

    @Inject
    AtomFeeds feeds;

    @GET
    @Produces(AtomFeeds.ATOM)
    public Response feed(@Context Request request, @Context HttpHeaders headers) {
        return feeds.site(request, headers);
    }
}
