package com.quicktakes.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * The stylesheet, served by the app under a url that carries a hash of its content, so browsers
 * may keep it for a year and still get a new one the moment it changes.
 */
@ApplicationScoped
@Path("/assets")
public class Assets {

    private static final String STYLESHEET_RESOURCE = "web/site.css";

    private final byte[] stylesheet;
    private final String stylesheetName;

    public Assets() {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(STYLESHEET_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(STYLESHEET_RESOURCE + " is missing from the application");
            }
            stylesheet = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(stylesheet);
            stylesheetName = "site-" + HexFormat.of().formatHex(digest, 0, 5) + ".css";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String stylesheetPath() {
        return "/assets/" + stylesheetName;
    }

    @GET
    @Path("{name}")
    public Response asset(@PathParam("name") String name) {
        if (!name.equals(stylesheetName)) {
            throw new NotFoundException();
        }
        return Response.ok(stylesheet, "text/css; charset=utf-8")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .build();
    }
}
