package com.quicktakes.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Old canonical path → target, in file order; a bad line is a warning naming its line. */
    static Map<String, String> parse(String text, List<ImportProblem> problems) {
        Map<String, String> redirects = new LinkedHashMap<>();
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
            } else if (!parts[0].startsWith("/") || parts[0].startsWith("//")) {
                problems.add(ImportProblem.warning(NAME, number, "'" + parts[0] + "' is not a path of the site; ignored"));
            } else if (!isTarget(parts[1])) {
                problems.add(ImportProblem.warning(NAME, number, "'" + parts[1] + "' is neither a path of the site nor an http(s) url; ignored"));
            } else {
                String from = SitePaths.canonical(parts[0]);
                String to = parts[1].startsWith("/") ? SitePaths.canonical(parts[1]) : parts[1];
                if (from.equals(to)) {
                    problems.add(ImportProblem.warning(NAME, number, "'" + parts[0] + "' redirects to itself; ignored"));
                } else if (redirects.putIfAbsent(from, to) != null) {
                    problems.add(ImportProblem.warning(NAME, number, "'" + parts[0] + "' is redirected on an earlier line; ignored"));
                }
            }
        }
        return redirects;
    }

    private static boolean isTarget(String target) {
        return (target.startsWith("/") && !target.startsWith("//")) || target.startsWith("https://") || target.startsWith("http://");
    }
}
