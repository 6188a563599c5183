package com.quicktakes.seo;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * {@code /learn/<subject>/feed.xml}: a subject's newest questions. (A class of its own: a class
 * path of {@code /} would lose {@code /learn/…} urls to the subject pages' class.)
 */
@Path("/learn/{subject}/feed.xml")
public class SubjectFeedResource {

    @Inject
    AtomFeeds feeds;

    @GET
    @Produces(AtomFeeds.ATOM)
    public Response feed(@PathParam("subject") String slug, @Context Request request, @Context HttpHeaders headers) {
        return feeds.subject(slug, request, headers);
    }
}
