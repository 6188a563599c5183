package com.quicktakes.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's addresses, in one place: the path of every kind of page and file, the size of a
 * listing page, and the rule for the one address of a page ({@link #canonical}).
 *
 * <p>A question's url is its identity as written in its file, case and all, when it is a safe
 * path ({@link #questionAddress}): the export's slugs keep hyphens where symbols were dropped
 * ({@code how-does-the-na--k-pump}), and search engines know those addresses. An unsafe url is
 * replaced at import, and the url as written redirects to the replacement.
 */
public final class SitePaths {

    public static final String HOME = "/";
    public static final String SITE_FEED = "/feed.xml";
    public static final String SITEMAP_INDEX = "/sitemap.xml";
    public static final String SITEMAP_OF_PAGES = "/sitemaps/pages.xml";
    public static final String SEARCH = "/search";

    /** Questions on one page of a subject's listing. */
    public static final int LISTING_PAGE_SIZE = 50;

    /** A slug made by the content format's rule: lowercase ASCII letters and digits in hyphen-separated runs. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * A segment of a safe url: unreserved characters only (RFC 3986 §2.3), so that it needs no
     * percent-encoding and every client requests it byte for byte as written; not only dots,
     * which clients would resolve away.
     */
    private static final String SAFE_SEGMENT = "(?!\\.+/|\\.+$)[A-Za-z0-9._~-]{1,200}";
    /** The longest segment of a question url (a subject's slug is kept in 200 characters). */
    public static final int SEGMENT_LENGTH = 200;
    private static final String LEARN = "/learn/";
    private static final Pattern QUESTION = Pattern.compile(
            "/learn/(" + SAFE_SEGMENT + ")/questions/(" + SAFE_SEGMENT + ")");
    /** The longest address the database keeps. */
    public static final int MAX_URL_LENGTH = 1000;

    /** Characters a path segment may hold as they are besides unreserved ones (RFC 3986 sub-delims, ':' and '@'). */
    private static final String PATH_DELIMITERS = "!$&'()*+,;=:@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

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

    /**
     * The question address {@code url} names, if it is a safe one:
     * {@code /learn/<segment>/questions/<segment>} with segments of unreserved characters.
     */
    public static Optional<QuestionAddress> questionAddress(String url) {
        Matcher matcher = QUESTION.matcher(url);
        return matcher.matches() ? Optional.of(new QuestionAddress(url, matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /**
     * The one address of a page of search results: the parameters in alphabetical order, page 1
     * and an empty subject left out, the words as {@link #searchWords} gives them.
     */
    public static String search(String words, String subjectSlug, int page) {
        StringBuilder url = new StringBuilder(SEARCH).append('?');
        if (page > 1) {
            url.append("page=").append(page).append('&');
        }
        url.append("q=").append(URLEncoder.encode(searchWords(words), StandardCharsets.UTF_8));
        if (subjectSlug != null && !subjectSlug.isEmpty()) {
            url.append("&subject=").append(URLEncoder.encode(subjectSlug, StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    /** Search words are read up to this length; more is not searched (nor part of the address). */
    public static final int SEARCH_LENGTH = 256;

    /** Search words as one query: trimmed, each run of white space one space, at most {@link #SEARCH_LENGTH} characters. */
    public static String searchWords(String words) {
        String text = words == null ? "" : WHITE_SPACE.matcher(words.strip()).replaceAll(" ");
        if (text.length() <= SEARCH_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(SEARCH_LENGTH - 1)) ? SEARCH_LENGTH - 1 : SEARCH_LENGTH;
        return text.substring(0, end).strip();
    }

    /** File {@code number} (from 1) of the sitemap of a subject's questions. */
    public static String sitemapOfQuestions(String subjectSlug, int number) {
        return "/sitemaps/" + subjectSlug + "-" + number + ".xml";
    }

    /**
     * The canonical form of a path of the site: percent-encoding normalised (RFC 3986 §6.2.2:
     * unreserved characters decoded, other escapes in upper case, anything a path may not hold
     * encoded as UTF-8), no duplicate slashes, no trailing slash (but for {@code /}), no
     * {@code /index.html}, and {@code /learn} itself is the home page. Letter case is kept: a
     * question's url is its identity as written; a wrong case is redirected only once the
     * lower-case form is known to exist ({@code pages.NotFoundMapper}).
     */
    public static String canonical(String raw) {
        String path = normalizeEncoding(raw).replaceAll("/{2,}", "/");
        if (path.endsWith("/index.html")) {
            path = path.substring(0, path.length() - "index.html".length());
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.equals("/learn") ? HOME : path; // the home page lists the subjects
    }

    /** The first page of a listing has one address, without {@code ?page=1}; other queries stay as they are. */
    public static String canonicalQuery(String query) {
        if (query == null || query.isEmpty() || query.equals("page=1")) {
            return "";
        }
        return "?" + query;
    }

    /** A path of this site, as opposed to one that a browser would resolve to another host ({@code //x}, {@code /\x}). */
    public static boolean isSitePath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
    }

    private static String normalizeEncoding(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && hex(path.charAt(i + 1)) >= 0 && hex(path.charAt(i + 2)) >= 0) {
                char decoded = (char) (hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2)));
                if (isUnreserved(decoded)) {
                    out.append(decoded);
                } else {
                    out.append('%').append(Character.toUpperCase(path.charAt(i + 1))).append(Character.toUpperCase(path.charAt(i + 2)));
                }
                i += 2;
            } else if (isUnreserved(c) || c == '/' || PATH_DELIMITERS.indexOf(c) >= 0) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < path.length() ? i + 2 : i + 1;
                for (byte b : path.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    /** A hex digit's value; -1 for anything else (ASCII only). */
    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
