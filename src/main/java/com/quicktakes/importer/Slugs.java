package com.quicktakes.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The format's slug rule (its output matches {@link com.quicktakes.catalog.SitePaths#SLUG}): {@code Arts & Humanities} → {@code arts-humanities}, {@code Gödel’s} → {@code godels}. */
public final class Slugs {

    /** Letters that NFKD does not decompose into a base letter plus accents. */
    private static final Map<Character, String> TRANSLITERATIONS = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('æ', "ae"),
            Map.entry('Æ', "AE"), Map.entry('œ', "oe"), Map.entry('Œ', "OE"), Map.entry('đ', "d"),
            Map.entry('Đ', "D"), Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('þ', "th"),
            Map.entry('Þ', "TH"), Map.entry('ð', "d"), Map.entry('Ð', "D"), Map.entry('ı', "i"));

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern QUOTES = Pattern.compile("['’‘\"“”`´]");
    private static final Pattern NON_ALPHANUMERIC_RUNS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static String slug(String text) {
        StringBuilder transliterated = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = TRANSLITERATIONS.get(c);
            if (replacement != null) {
                transliterated.append(replacement);
            } else {
                transliterated.append(c);
            }
        }
        String decomposed = Normalizer.normalize(transliterated, Normalizer.Form.NFKD);
        String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String unquoted = QUOTES.matcher(plain).replaceAll("");
        String hyphenated = NON_ALPHANUMERIC_RUNS.matcher(unquoted).replaceAll("-");
        int start = 0;
        int end = hyphenated.length();
        while (start < end && hyphenated.charAt(start) == '-') {
            start++;
        }
        while (end > start && hyphenated.charAt(end - 1) == '-') {
            end--;
        }
        return hyphenated.substring(start, end);
    }
}
