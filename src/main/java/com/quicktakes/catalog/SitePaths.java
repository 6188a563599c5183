package com.quicktakes.catalog;

import java.util.Locale;

/**
 * The site's rule for the one address of a page: no duplicate slashes, no trailing slash (but
 * for {@code /}), no {@code /index.html}, no percent-encoding of characters that need none, and
 * lower case in the site's own paths ({@code /learn/…}); {@code /learn} itself is the home page.
 */
public final class SitePaths {

    private SitePaths() {
    }

    /** The canonical form of a path of the site. */
    public static String canonical(String raw) {
        String path = decodeUnreserved(raw).replaceAll("/{2,}", "/");
        if (path.endsWith("/index.html")) {
            path = path.substring(0, path.length() - "index.html".length());
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.equals("/learn")) {
            return "/"; // the home page lists the subjects
        }
        return lower.startsWith("/learn/") ? lower : path;
    }

    /**
     * Decodes {@code %XX} where XX is a letter, digit, {@code -}, {@code .}, {@code _} or
     * {@code ~} (RFC 3986 §6.2.2.2); every other escape stays as it is.
     */
    private static String decodeUnreserved(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length()) {
                int value = hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2));
                if (value >= 0 && isUnreserved((char) value)) {
                    out.append((char) value);
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static int hex(char c) {
        int digit = Character.digit(c, 16);
        return digit < 0 ? -1000 : digit;
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
