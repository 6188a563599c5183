package com.quicktakes.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything an operator can set about the site, under the {@code site.} prefix (env {@code SITE_...}). */
@ConfigMapping(prefix = "site")
public interface SiteConfig {

    /** Shown in the header, in titles and in structured data. */
    @WithDefault("QuickTakes")
    String name();

    /** Absolute origin used for canonical links, sitemaps and feeds, without a trailing slash. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** Folder of Markdown content; unset means the sample bundled with the app. */
    Optional<Path> contentDir();

    /** Folder that holds the embedded database. */
    @WithDefault("./data")
    Path dataDir();

    /**
     * A snapshot written by {@code import --snapshot FILE}: the server starts from a copy of it (in a
     * temporary folder) instead of an empty or in-memory database, is ready at once, and its startup
     * import brings in only what changed since. A snapshot of another schema, or a damaged one, is
     * refused with a log line and the content is imported in full. Unset: no snapshot.
     */
    Optional<Path> snapshot();

    /** Import the content folder when the server starts. */
    @WithDefault("true")
    boolean importOnStart();

    /** Files larger than this are rejected by the import. */
    @WithDefault("1M")
    MemorySize maxFileSize();

    /**
     * Whether search engines may index the site. Off (for staging copies), robots.txt disallows
     * everything and every page says {@code noindex}.
     */
    @WithDefault("true")
    boolean indexing();

    /** Memory for rendered pages (and their gzip forms), kept until the content changes. */
    @WithDefault("64M")
    MemorySize pageCacheSize();

    /** Longest time an import may take before it is rolled back. */
    @WithDefault("1H")
    Duration importTimeout();

    /**
     * Import changes to the content folder while the server runs: a watcher and a periodic rescan
     * notice them. Never for the bundled sample, which cannot change, nor for the import command.
     */
    @WithDefault("true")
    boolean watch();

    /**
     * Listen to the file system's change notifications (a change is imported about half a second
     * after the last write). Off, only the periodic rescan notices changes: for volumes whose
     * notifications are missing or unreliable.
     */
    @WithDefault("true")
    boolean watchEvents();

    /**
     * How often the content folder is rescanned for changes that sent no notification (a network
     * file system, a changed link target); 0 turns the rescan off.
     */
    @WithDefault("60S")
    Duration watchInterval();

    /** What a started server does before it reports ready. */
    WarmUpConfig warmUp();

    /** Warming a started server's paths before readiness ({@code web.WarmUp}). */
    interface WarmUpConfig {

        /** Request the site's main pages for a moment before reporting ready. */
        @WithDefault("true")
        boolean enabled();

        /**
         * How long the warm-up goes on. The home page and every subject's first page are always
         * requested (on a cold JVM that alone takes one to two seconds); rounds over those, some
         * questions, the feeds and a search fill what is left. Longer: faster first seconds, but
         * readiness later (docs/performance.md).
         */
        @WithDefault("1S")
        Duration duration();
    }

    default String absoluteUrl(String path) {
        return baseUrl().replaceAll("/+$", "") + path;
    }
}
