package com.quicktakes.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.quicktakes.catalog.Sha256;
import com.quicktakes.catalog.SitePaths;

/**
 * The operator's redirects file, {@code _redirects} in the content folder, in the format Netlify
 * and others use: one redirect a line, {@code /old/path /new/path}, blank lines and {@code #}
 * comments ignored. Every redirect is a 301. The target is a path of the site or an http(s) url.
 */
final class RedirectsFile {

    static final String NAME = "_redirects";

    private RedirectsFile() {
    }

    /**
     * What a content folder's redirects file says; an absent file means no redirects.
     *
     * @param sha256 the file's fingerprint (like a content file's), null when there is no file
     */
    record Read(String sha256, Map<String, String> redirects, List<ImportProblem> problems) {
    }

    static Read read(Path contentDir, int maxFileSize) throws IOException {
        Path file = contentDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return new Read(null, Map.of(), List.of());
        }
        long size = Files.size(file);
        if (size > maxFileSize) {
            return new Read("size:" + size, Map.of(),
                    List.of(ImportProblem.error(NAME, null, "the file is over the limit of " + maxFileSize + " bytes")));
        }
        byte[] bytes = Files.readAllBytes(file);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> redirects = parse(new String(bytes, StandardCharsets.UTF_8), problems);
        return new Read(Sha256.hex(bytes), redirects, problems);
    }

    /**
     * Old canonical path → target, in file order; a bad line is a warning naming its line, and
     * redirects that lead round in a loop are errors, left out.
     */
    static Map<String, String> parse(String text, List<ImportProblem> problems) {
        Map<String, String> redirects = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            int number = i + 1;
            if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !parts[2].equals("301"))) {
                problems.add(ImportProblem.warning(NAME, number, "expected '/old/path /new/path' (301 is the only status); ignored"));
            } else if (!SitePaths.isSitePath(parts[0]) || parts[0].length() > SitePaths.MAX_URL_LENGTH) {
                problems.add(ImportProblem.warning(NAME, number, "'" + parts[0] + "' is not a path of the site; ignored"));
            } else if (!isTarget(parts[1]) || parts[1].length() > SitePaths.MAX_URL_LENGTH) {
                problems.add(ImportProblem.warning(NAME, number, "'" + parts[1] + "' is neither a path of the site nor an http(s) url; ignored"));
            } else {
                String from = SitePaths.canonical(parts[0]);
                String to = parts[1].startsWith("/") ? SitePaths.canonical(parts[1]) : parts[1];
                if (from.equals(to)) {
                    problems.add(ImportProblem.warning(NAME, number, "'" + parts[0] + "' redirects to itself; ignored"));
                } else if (redirects.putIfAbsent(from, to) != null) {
                    problems.add(ImportProblem.warning(NAME, number, "'" + parts[0] + "' is redirected on an earlier line; ignored"));
                } else {
                    lineOf.put(from, number);
                }
            }
        }
        removeLoops(redirects, lineOf, problems);
        return redirects;
    }

    /** Drops every redirect on a loop ({@code /a /b} and {@code /b /a}): a browser would go round until it gives up. */
    private static void removeLoops(Map<String, String> redirects, Map<String, Integer> lineOf, List<ImportProblem> problems) {
        Set<String> onLoop = new LinkedHashSet<>();
        for (String start : redirects.keySet()) {
            List<String> chain = new ArrayList<>();
            String at = start;
            while (at != null && !chain.contains(at) && !onLoop.contains(at)) {
                chain.add(at);
                at = redirects.get(at);
            }
            if (at != null && chain.contains(at)) {
                List<String> loop = chain.subList(chain.indexOf(at), chain.size());
                String described = String.join(" -> ", loop) + " -> " + at;
                for (String path : loop) {
                    problems.add(ImportProblem.error(NAME, lineOf.get(path), "redirect loop " + described + "; ignored"));
                }
                onLoop.addAll(loop);
            }
        }
        onLoop.forEach(redirects::remove);
    }

    private static boolean isTarget(String target) {
        return SitePaths.isSitePath(target) || target.startsWith("https://") || target.startsWith("http://");
    }
}
