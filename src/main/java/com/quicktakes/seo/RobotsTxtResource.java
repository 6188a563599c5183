package com.quicktakes.seo;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import com.quicktakes.config.SiteConfig;
import com.quicktakes.catalog.SitePaths;

/** {@code /robots.txt} (RFC 9309): crawl every page but search results; where the sitemap is (operators' paths are on another port). */
@Path("/robots.txt")
public class RobotsTxtResource {

    @Inject
    SiteConfig config;

    @GET
    @Produces("text/plain; charset=utf-8")
    public String robots() {
        if (!config.indexing()) {
            return "# Indexing is off (site.indexing=false): this copy is not for search engines.\n"
                    + "User-agent: *\nDisallow: /\n";
        }
        return "User-agent: *\n"
                + "Disallow: " + SitePaths.SEARCH + "\n"
                + "Allow: /\n"
                + "\n"
                + "Sitemap: " + config.absoluteUrl(SitePaths.SITEMAP_INDEX) + "\n";
    }
}
