package com.quicktakes.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A moment.js-style date pattern from the export's {@code date_format}, such as {@code MMM DD, YYYY}
 * ({@code Feb 08, 2025}). Supports the tokens that describe a calendar date: {@code YYYY YY Q MMMM
 * MMM MM M Do DD D dddd ddd}, text in {@code [brackets]}, and punctuation and spaces as they are.
 * Any other letter makes the pattern untranslatable; the importer then shows ISO dates and warns.
 */
final class DatePattern {

    static final String DEFAULT = "MMM DD, YYYY";

    /** Longest tokens first, so MMMM is not read as MM + MM. */
    private static final List<String> TOKENS = List.of(
            "YYYY", "MMMM", "dddd", "MMM", "ddd", "YY", "MM", "Do", "DD", "Q", "M", "D");

    /** English names, as moment.js shows them by default. */
    private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December" };
    private static final String[] DAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    private final List<Function<LocalDate, String>> parts;

    private DatePattern(List<Function<LocalDate, String>> parts) {
        this.parts = parts;
    }

    static Optional<DatePattern> parse(String pattern) {
        List<Function<LocalDate, String>> parts = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '[') {
                int end = pattern.indexOf(']', i);
                if (end < 0) {
                    return Optional.empty();
                }
                String literal = pattern.substring(i + 1, end);
                parts.add(date -> literal);
                i = end + 1;
                continue;
            }
            if (!Character.isLetter(c)) {
                String literal = String.valueOf(c);
                parts.add(date -> literal);
                i++;
                continue;
            }
            String token = tokenAt(pattern, i);
            if (token == null) {
                return Optional.empty();
            }
            parts.add(formatterOf(token));
            i += token.length();
        }
        return Optional.of(new DatePattern(parts));
    }

    String format(LocalDate date) {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.apply(date)));
        return text.toString();
    }

    private static String tokenAt(String pattern, int at) {
        for (String token : TOKENS) {
            if (pattern.startsWith(token, at)) {
                int end = at + token.length();
                // A longer run of the same letter (YYYYY) is no token we know.
                if (end < pattern.length() && pattern.charAt(end) == token.charAt(token.length() - 1)) {
                    return null;
                }
                return token;
            }
        }
        return null;
    }

    private static Function<LocalDate, String> formatterOf(String token) {
        return switch (token) {
            case "YYYY" -> date -> pad(date.getYear(), 4);
            case "YY" -> date -> pad(Math.floorMod(date.getYear(), 100), 2);
            case "Q" -> date -> String.valueOf((date.getMonthValue() - 1) / 3 + 1);
            case "MMMM" -> date -> MONTHS[date.getMonthValue() - 1];
            case "MMM" -> date -> MONTHS[date.getMonthValue() - 1].substring(0, 3);
            case "MM" -> date -> pad(date.getMonthValue(), 2);
            case "M" -> date -> String.valueOf(date.getMonthValue());
            case "Do" -> date -> ordinal(date.getDayOfMonth());
            case "DD" -> date -> pad(date.getDayOfMonth(), 2);
            case "D" -> date -> String.valueOf(date.getDayOfMonth());
            case "dddd" -> date -> DAYS[date.getDayOfWeek().getValue() - 1];
            case "ddd" -> date -> DAYS[date.getDayOfWeek().getValue() - 1].substring(0, 3);
            default -> throw new IllegalArgumentException(token);
        };
    }

    private static String pad(int value, int digits) {
        String text = Integer.toString(value);
        return text.length() >= digits ? text : "0".repeat(digits - text.length()) + text;
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return day + "th";
        }
        return day + switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
