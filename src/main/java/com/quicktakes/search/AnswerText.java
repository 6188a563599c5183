package com.quicktakes.search;

import java.util.Locale;
import java.util.Set;

/**
 * Turns an answer's rendered HTML (as {@code markdown.MarkdownRenderer} writes it) into the plain
 * text the index searches and cuts snippets from. Tags go, entities are decoded, and inside math
 * ({@code <span class="math …">}, {@code <div class="math …">}) TeX commands such as {@code \frac}
 * or {@code \neq} go while their arguments stay, so "$\frac{a}{b}$" reads "a b" in a snippet.
 * Code stays as it is: it is searchable text. A small scanner rather than an HTML parser is
 * enough, because the input is our own renderer's well-formed, escaped output.
 */
public final class AnswerText {

    /** Tags that do not separate words: "<strong>photo</strong>synthesis" is one word. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "code", "del", "em", "i", "kbd", "mark", "s",
            "small", "span", "strong", "sub", "sup", "u");
    /** Their content is not text a reader sees. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "template");
    /** Kept as words: a reader may search for "theta"; other commands are layout, not content. */
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta",
            "eta", "theta", "vartheta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau",
            "upsilon", "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma",
            "Phi", "Psi", "Omega");

    private AnswerText() {
    }

    /** Plain text of an HTML fragment, whitespace collapsed to single spaces. */
    public static String fromHtml(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(html.length());
        String mathTag = null; // the element whose content is TeX, while inside it
        int mathDepth = 0;
        StringBuilder tex = new StringBuilder();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c != '<') {
                int next = html.indexOf('<', i);
                int end = next < 0 ? html.length() : next;
                (mathTag != null ? tex : text).append(decodeEntities(html.substring(i, end)));
                i = end;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int close = html.indexOf("-->", i + 4);
                i = close < 0 ? html.length() : close + 3;
                continue;
            }
            int close = html.indexOf('>', i);
            if (close < 0) { // a lone '<' is text
                (mathTag != null ? tex : text).append(decodeEntities(html.substring(i)));
                break;
            }
            String tag = html.substring(i + 1, close);
            String name = tagName(tag);
            boolean closing = tag.startsWith("/");
            i = close + 1;
            if (!closing && SKIPPED.contains(name)) {
                int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
                i = end < 0 ? html.length() : end;
                continue;
            }
            if (mathTag != null) {
                if (name.equals(mathTag)) {
                    mathDepth += closing ? -1 : 1;
                }
                if (mathDepth == 0) {
                    text.append(' ').append(stripTex(tex.toString())).append(' ');
                    tex.setLength(0);
                    mathTag = null;
                }
                continue;
            }
            if (!closing && isMath(tag)) {
                mathTag = name;
                mathDepth = tag.endsWith("/") ? 0 : 1;
                if (mathDepth == 0) {
                    mathTag = null;
                }
                continue;
            }
            if (!INLINE.contains(name)) {
                text.append(' ');
            }
        }
        if (mathTag != null) {
            text.append(' ').append(stripTex(tex.toString()));
        }
        return collapseWhitespace(text);
    }

    /**
     * TeX as words: commands dropped (Greek letters kept by name), arguments kept, braces and
     * alignment marks turned into spaces: {@code \frac{a}{b} \neq \sqrt{x}} becomes "a b x".
     */
    public static String stripTex(String tex) {
        StringBuilder out = new StringBuilder(tex.length());
        int i = 0;
        while (i < tex.length()) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int start = i + 1;
                int end = start;
                while (end < tex.length() && isAsciiLetter(tex.charAt(end))) {
                    end++;
                }
                if (end > start) {
                    String command = tex.substring(start, end);
                    // a space before: "2\pi" is two words; none after: "\nu," keeps its comma
                    out.append(' ').append(GREEK.contains(command) ? command : "");
                    i = end;
                } else { // \\, \, \{ \% …: spacing or an escaped character
                    out.append(' ');
                    i = Math.min(tex.length(), start + 1);
                }
            } else if (c == '{' || c == '}' || c == '&' || c == '$') {
                out.append(' ');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return collapseWhitespace(out);
    }

    static String collapseWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String tagName(String tag) {
        int start = tag.startsWith("/") ? 1 : 0;
        int end = start;
        while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)) || tag.charAt(end) == '-')) {
            end++;
        }
        return tag.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** {@code class="math math-inline"} and the like: the renderer's math elements. */
    private static boolean isMath(String tag) {
        int at = tag.indexOf("class=\"");
        if (at < 0) {
            return false;
        }
        int end = tag.indexOf('"', at + 7);
        String classes = " " + tag.substring(at + 7, end < 0 ? tag.length() : end) + " ";
        return classes.contains(" math ");
    }

    /** The entities an HTML writer uses for text, named or numeric; others are left as written. */
    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? text.indexOf(';', i) : -1;
            if (semicolon > i + 1 && semicolon - i <= 10) {
                String decoded = entity(text.substring(i + 1, semicolon));
                if (decoded != null) {
                    out.append(decoded);
                    i = semicolon + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default: break;
        }
        if (name.startsWith("#")) {
            try {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : " ";
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
