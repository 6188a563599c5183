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

/** {@code /sitemaps/<file>}: the listings' pages, or one file of a subject's questions. */
@Path("/sitemaps/{file}")
public class SitemapFileResource {

    @Inject
    Sitemaps sitemaps;

    @GET
    @Produces(Sitemaps.XML)
    public Response file(@PathParam("file") String file, @Context Request request, @Context HttpHeaders headers) {
        return sitemaps.file(file, request, headers);
    }
}
