package com.quicktakes.seo;

/** Text in XML documents (sitemaps, feeds). */
final class Xml {

    private Xml() {
    }

    /**
     * Escaped for an element's text or an attribute value in quotes of either kind, without the
     * characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE and U+FFFF): a title
     * holding one would make the whole feed unreadable, so each is replaced by U+FFFD.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        out.append(allowed(c) ? c : '\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0's Char production, for one UTF-16 unit that is not part of a surrogate pair. */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
