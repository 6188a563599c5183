package com.quicktakes.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.quicktakes.catalog.SubjectRepository;
import com.quicktakes.web.PageNotFoundException;

/**
 * Every path no other resource takes, so that it gets the site's own 404 page, after a look for
 * a redirect of a moved page (see {@link NotFoundMapper}), and a link to its subject when the path
 * names one.
 */
@Path("/{path: .+}")
public class UnknownPathResource {

    @Inject
    SubjectRepository subjects;

    @GET
    public void unknown(@PathParam("path") String path) {
        String[] parts = path.split("/");
        boolean underSubject = parts.length > 2 && parts[0].equals("learn");
        throw new PageNotFoundException(underSubject ? subjects.findBySlug(parts[1]).orElse(null) : null);
    }
}
