package com.quicktakes.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.catalog.ImportEvent;
import com.quicktakes.catalog.SitePaths;
import com.quicktakes.config.SiteConfig;

import io.quarkus.vertx.http.HttpServerStart;

/**
 * Warms a started server before it reports ready: requests its home page and its subjects' first
 * pages through the real HTTP stack, then those with a few questions, feeds and a search over and
 * over until {@code site.warm-up.duration} has passed, so that the JIT has compiled the paths and
 * the page cache holds the pages before the first real users arrive (a cold JVM served the first
 * seconds at about half speed).
 * {@code site.warm-up} turns it off; readiness ({@code ops.ContentReadinessCheck}) waits for it.
 */
@ApplicationScoped
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    private static final Pattern LINK = Pattern.compile("href=\"(/learn/[^\"?#]+)\"");
    /** Questions per subject page warmed, besides the page itself. */
    private static final int QUESTIONS_PER_SUBJECT = 3;

    @Inject
    SiteConfig config;

    @Inject
    ContentStatus status;

    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean done;
    private volatile int port = -1;

    /** Whether warming is over (or off): the server may report ready. */
    public boolean done() {
        return done || !config.warmUp().enabled();
    }

    /** Fired asynchronously once the public port listens. */
    void onServerStart(@ObservesAsync HttpServerStart start) {
        port = start.options().getPort();
        if (status.loaded()) {
            begin();
        }
    }

    /**
     * A fresh server warms up once its first import has ended: not on its commit, whose other
     * observers (the content version among them) may not have run yet, so that the warm-up's
     * first requests would find no content.
     */
    void onImportFinished(@Observes ImportEvent.Finished event) {
        if (port > 0 && status.loaded()) {
            begin();
        }
    }

    private void begin() {
        if (config.warmUp().enabled() && started.compareAndSet(false, true)) {
            Thread thread = new Thread(this::warm, "warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void warm() {
        long started = System.nanoTime();
        long deadline = started + config.warmUp().duration().toNanos();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            // Finding the paths renders the home page and every subject's first page: the part of
            // the warm-up that always happens. The rounds over all the paths fill what time is left.
            List<String> paths = paths(client);
            while (System.nanoTime() < deadline) {
                for (String path : paths) {
                    get(client, path, requests % 2 == 0 ? "gzip" : "identity");
                }
            }
        } catch (IOException e) {
            LOG.warnf("warm-up stopped early: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done = true;
            LOG.infof("warmed up: %d requests in %.1f s", requests, (System.nanoTime() - started) / 1e9);
        }
    }

    /** The home page, every subject page linked from it, the first questions of each, and the other kinds of page. */
    private List<String> paths(HttpClient client) throws IOException, InterruptedException {
        Set<String> paths = new LinkedHashSet<>(List.of(SitePaths.HOME, SitePaths.SITE_FEED, SitePaths.SITEMAP_INDEX,
                SitePaths.search("what is", null, 1), "/no-such-page"));
        List<String> subjects = new ArrayList<>();
        Matcher home = LINK.matcher(get(client, SitePaths.HOME, "identity"));
        while (home.find()) {
            if (home.group(1).indexOf('/', "/learn/".length()) < 0) {
                subjects.add(home.group(1));
            }
        }
        for (String subject : subjects) {
            paths.add(subject);
            Matcher questions = LINK.matcher(get(client, subject, "identity"));
            for (int n = 0; n < QUESTIONS_PER_SUBJECT && questions.find();) {
                if (questions.group(1).contains("/questions/") && paths.add(questions.group(1))) {
                    n++;
                }
            }
        }
        return new ArrayList<>(paths);
    }

    private int requests;

    private String get(HttpClient client, String path, String encoding) throws IOException, InterruptedException {
        requests++;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", encoding).timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return encoding.equals("identity") ? response.body() : "";
    }
}
