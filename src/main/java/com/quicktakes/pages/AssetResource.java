package com.quicktakes.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import com.quicktakes.catalog.Sha256;

/**
 * The files pages load besides themselves, all served by the app: the stylesheet, the icon and
 * the math script under urls that carry a hash of their content, and KaTeX under a url that carries its
 * version. Browsers may keep every one of them for a year and still get a new file the moment it
 * changes.
 */
@ApplicationScoped
@Path("/assets")
public class AssetResource {

    static final String KATEX_VERSION = "0.16.47";
    private static final String KATEX_PATH = "katex-" + KATEX_VERSION + "/";
    /**
     * The KaTeX files pages load, copied from the KaTeX webjar by the build (pom.xml): the webjar
     * itself is not shipped, so its other files (README, demo pages) are not served.
     */
    private static final String KATEX_RESOURCES = "katex/";
    private static final Pattern KATEX_FILES = Pattern.compile("katex\\.min\\.(css|js)|fonts/KaTeX_[A-Za-z0-9_-]+\\.(woff2|woff|ttf)");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "woff2", "font/woff2",
            "woff", "font/woff",
            "ttf", "font/ttf",
            "svg", "image/svg+xml");

    private final HashedFile stylesheet = HashedFile.of("web/site.css", "site", "css");
    private final HashedFile mathScript = HashedFile.of("web/math.js", "math", "js");
    private final HashedFile icon = HashedFile.of("web/favicon.svg", "icon", "svg");

    /** A file of ours, served under {@code <base>-<hash>.<extension>}. */
    private record HashedFile(String name, byte[] content) {
        static HashedFile of(String resource, String base, String extension) {
            byte[] content = read(resource);
            return new HashedFile(base + "-" + HexFormat.of().formatHex(Sha256.digest(content), 0, 5) + "." + extension, content);
        }
    }

    public String stylesheetPath() {
        return "/assets/" + stylesheet.name();
    }

    public String iconPath() {
        return "/assets/" + icon.name();
    }

    public String mathScriptPath() {
        return "/assets/" + mathScript.name();
    }

    public String katexPath(String file) {
        return "/assets/" + KATEX_PATH + file;
    }

    @GET
    @Path("{name}")
    public Response hashed(@PathParam("name") String name) {
        for (HashedFile file : new HashedFile[] { stylesheet, mathScript, icon }) {
            if (file.name().equals(name)) {
                return immutable(file.content(), name);
            }
        }
        throw new NotFoundException();
    }

    @GET
    @Path("katex-{version}/{file: .+}")
    public Response katex(@PathParam("version") String version, @PathParam("file") String file) {
        if (!version.equals(KATEX_VERSION) || !KATEX_FILES.matcher(file).matches()) {
            throw new NotFoundException();
        }
        try (InputStream in = AssetResource.class.getClassLoader().getResourceAsStream(KATEX_RESOURCES + file)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return immutable(in.readAllBytes(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response immutable(byte[] content, String name) {
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        return Response.ok(content, type).header("Cache-Control", IMMUTABLE).build();
    }

    private static byte[] read(String resource) {
        try (InputStream in = AssetResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
