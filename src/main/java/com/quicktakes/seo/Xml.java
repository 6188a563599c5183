package com.quicktakes.seo;

/** Text in XML documents (sitemaps, feeds). */
final class Xml {

    private Xml() {
    }

    /** Escaped for an element's text or an attribute value in quotes of either kind. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
