package com.quicktakes.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's addresses, in one place: the path of every kind of page and file, the size of a
 * listing page, and the rule for the one address of a page: no duplicate slashes, no trailing
 * slash (but for {@code /}), no {@code /index.html}, no percent-encoding of characters that need
 * none, and lower case in the site's own paths ({@code /learn/…}); {@code /learn} itself is the
 * home page.
 */
public final class SitePaths {

    public static final String HOME = "/";
    public static final String SITE_FEED = "/feed.xml";
    public static final String SITEMAP_INDEX = "/sitemap.xml";
    public static final String SITEMAP_OF_PAGES = "/sitemaps/pages.xml";

    /** Questions on one page of a subject's listing. */
    public static final int LISTING_PAGE_SIZE = 50;

    /** A slug of the content format: lowercase ASCII letters and digits in hyphen-separated runs. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final String LEARN = "/learn/";
    private static final Pattern QUESTION = Pattern.compile(
            "/learn/(" + SLUG.pattern() + ")/questions/(" + SLUG.pattern() + ")");

    private SitePaths() {
    }

    /** A question's address and the two slugs it is made of. */
    public record QuestionAddress(String url, String subjectSlug, String slug) {
    }

    public static String subject(String subjectSlug) {
        return LEARN + subjectSlug;
    }

    /** Page {@code number} (from 1) of a subject's listing; page 1's only address is the subject's own. */
    public static String subjectPage(String subjectSlug, int number) {
        return number == 1 ? subject(subjectSlug) : subject(subjectSlug) + "?page=" + number;
    }

    /** How many pages a listing of this many questions takes; an empty listing still has its page 1. */
    public static int listingPages(int questions) {
        return Math.max(1, (questions + LISTING_PAGE_SIZE - 1) / LISTING_PAGE_SIZE);
    }

    public static String subjectFeed(String subjectSlug) {
        return subject(subjectSlug) + "/feed.xml";
    }

    public static String question(String subjectSlug, String slug) {
        return LEARN + subjectSlug + "/questions/" + slug;
    }

    /** The question address written as {@code /learn/<subject-slug>/questions/<slug>}, if {@code url} has that shape. */
    public static Optional<QuestionAddress> questionAddress(String url) {
        Matcher matcher = QUESTION.matcher(url);
        return matcher.matches() ? Optional.of(new QuestionAddress(url, matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** File {@code number} (from 1) of the sitemap of a subject's questions. */
    public static String sitemapOfQuestions(String subjectSlug, int number) {
        return "/sitemaps/" + subjectSlug + "-" + number + ".xml";
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
            return HOME; // the home page lists the subjects
        }
        return lower.startsWith(LEARN) ? lower : path;
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
