package com.quicktakes.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which file's question holds each url. Files are applied in path order, so the first file by
 * path that claims a url wins it, whatever the previous import decided: a file that wins a url
 * from a later file removes that file's stored question, and the later file reports the
 * duplicate when its turn comes.
 */
final class UrlClaims {

    private final Map<String, KnownFile> known;
    /** url → path of the file whose question holds it in the database. */
    private final Map<String, String> storedOwners = new HashMap<>();
    /** Paths whose stored question this import has already removed. */
    private final Set<String> removed = new HashSet<>();
    /** url → path of the file that claimed it in this import. */
    private final Map<String, String> claims = new HashMap<>();

    /** @param known the files of the previous import that are still there */
    UrlClaims(Map<String, KnownFile> known) {
        this.known = known;
        known.forEach((path, file) -> {
            if (file.hasQuestion()) {
                storedOwners.put(file.url(), path);
            }
        });
    }

    /** Claims {@code url} for {@code path}: empty when it is the first to, else the file that claimed it first. */
    Optional<String> claim(String url, String path) {
        return Optional.ofNullable(claims.putIfAbsent(url, path));
    }

    /**
     * The files whose stored questions must go before {@code path} writes its question (with
     * {@code newUrl}, or none when null): its own former question, and a later file's question
     * that holds {@code newUrl}. Each stored question is handed out once.
     */
    List<String> questionsToRemove(String path, String newUrl) {
        List<String> sources = new ArrayList<>(2);
        KnownFile before = known.get(path);
        if (before != null && !before.hasErrors() && removed.add(path)) {
            sources.add(path);
            storedOwners.remove(before.url(), path);
        }
        String urlOwner = newUrl == null ? null : storedOwners.remove(newUrl);
        if (urlOwner != null && removed.add(urlOwner)) {
            sources.add(urlOwner);
        }
        return sources;
    }
}
