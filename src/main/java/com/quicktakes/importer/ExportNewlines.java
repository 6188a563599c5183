package com.quicktakes.importer;

import java.util.Set;

/**
 * Decodes the export's answers, where every line break is written as the two characters
 * backslash + {@code n}. Not every such pair is a line break, so the decoder follows the text:
 * <ul>
 * <li>inside math ({@code $…$} or {@code $$…$$}), a pair that starts a LaTeX command such as
 * {@code \neq}, {@code \nu}, {@code \nabla} or {@code \notin} is that command (a whole run of
 * letters must name a command, so a break before "used" stays a break);</li>
 * <li>inside a fenced code block, a pair within a double-quoted string on its line, or in the char
 * literal {@code '\n'}, is the code's escape ({@code printf("Stack overflow\n");});</li>
 * <li>inside an inline code span that closes before the next pair, it is the span's text;</li>
 * <li>every other pair is a line break. No other escape is decoded: {@code \frac}, {@code \t} and
 * {@code \\} stay as written.</li>
 * </ul>
 */
final class ExportNewlines {

    /** LaTeX commands that begin with the letter n. */
    private static final Set<String> N_COMMANDS = Set.of(
            "ne", "neq", "neg", "nu", "nabla", "notin", "not", "ni", "nexists", "nmid", "nleq", "ngeq",
            "nleqslant", "ngeqslant", "nless", "ngtr", "nsubset", "nsupset", "nsubseteq", "nsupseteq",
            "nparallel", "nearrow", "nwarrow", "newline", "nolimits", "nonumber", "natural", "nleftarrow",
            "nrightarrow", "nLeftarrow", "nRightarrow", "nleftrightarrow", "nLeftrightarrow", "nsim", "ncong",
            "nprec", "nsucc", "npreceq", "nsucceq", "nvdash", "nvDash", "nVdash", "nequiv", "nshortmid",
            "nshortparallel", "ntriangleleft", "ntriangleright", "norm", "noalign", "nobreak", "negthinspace",
            "negmedspace", "negthickspace", "nsubseteqq", "nsupseteqq", "nleqq", "ngeqq");

    private final String raw;
    private final StringBuilder out;
    private int lineStart;
    private char fenceChar;
    private int fenceLength;
    private boolean displayMath;
    private boolean inlineMath;
    private boolean inString;
    private int codeSpanTicks;
    /** How far the current line has been read for {@link #lineIsOpeningDelimiter}, and what was seen. */
    private int openingReadTo = -1;
    private int openingSeen;

    private ExportNewlines(String raw) {
        this.raw = raw;
        this.out = new StringBuilder(raw.length());
    }

    static String decode(String raw) {
        return new ExportNewlines(raw).run();
    }

    private String run() {
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < n && raw.charAt(i + 1) == 'n') {
                if (isLineBreak(i)) {
                    endLine();
                } else {
                    out.append("\\n");
                }
                i += 2;
            } else if (c == '\\' && i + 1 < n) {
                // Any other escaped character is copied as a pair, so \" or \$ never opens or closes anything.
                out.append(c).append(raw.charAt(i + 1));
                i += 2;
            } else if (inFence() && c == '"') {
                inString = !inString;
                out.append(c);
                i++;
            } else if (!inFence() && c == '`') {
                int run = runLength(i, '`');
                codeSpanTicks = codeSpanTicks == 0 ? run : (run == codeSpanTicks ? 0 : codeSpanTicks);
                out.append(raw, i, i + run);
                i += run;
            } else if (!inFence() && c == '$' && codeSpanTicks == 0) {
                i = dollar(i);
            } else {
                // Plain text up to the next character that can change the state, copied in one go.
                int next = i + 1;
                while (next < n && !isSpecial(raw.charAt(next))) {
                    next++;
                }
                out.append(raw, i, next);
                i = next;
            }
        }
        return out.toString();
    }

    private boolean isSpecial(char c) {
        return c == '\\' || (inFence() ? c == '"' : c == '`' || c == '$');
    }

    private boolean isLineBreak(int at) {
        if (inFence()) {
            boolean charLiteral = at > 0 && raw.charAt(at - 1) == '\'' && at + 2 < raw.length() && raw.charAt(at + 2) == '\'';
            return !inString && !charLiteral;
        }
        if (displayMath || inlineMath) {
            boolean rightAfterOpening = displayMath && lineIsOpeningDelimiter();
            return rightAfterOpening || !N_COMMANDS.contains(letterRun(at + 1));
        }
        if (codeSpanTicks > 0) {
            // Only a closing before the next pair matters, so look no further: each stretch of
            // the answer is then searched once, however many pairs the span holds.
            int nextPair = raw.indexOf("\\n", at + 2);
            return !hasTicks(at + 2, nextPair < 0 ? raw.length() : nextPair, codeSpanTicks);
        }
        return true;
    }

    /** Whether {@code raw} holds {@code count} backticks in a row between {@code from} and {@code to}. */
    private boolean hasTicks(int from, int to, int count) {
        int run = 0;
        for (int i = from; i < to; i++) {
            run = raw.charAt(i) == '`' ? run + 1 : 0;
            if (run == count) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the output line so far, stripped, is {@code $$}. Reads only what was added since the
     * last call on the same line (a long line of TeX would otherwise be reread at every pair):
     * {@code openingSeen} is 0 while only spaces were seen, 1 after one dollar, 2 after two and
     * spaces, 3 once anything else was seen.
     */
    private boolean lineIsOpeningDelimiter() {
        if (openingReadTo < lineStart) {
            openingReadTo = lineStart;
            openingSeen = 0;
        }
        for (; openingReadTo < out.length() && openingSeen < 3; openingReadTo++) {
            char c = out.charAt(openingReadTo);
            if (Character.isWhitespace(c)) {
                openingSeen = openingSeen == 1 ? 3 : openingSeen;
            } else {
                openingSeen = c == '$' && openingSeen < 2 ? openingSeen + 1 : 3;
            }
        }
        return openingSeen == 2;
    }

    private int dollar(int at) {
        boolean doubled = at + 1 < raw.length() && raw.charAt(at + 1) == '$';
        if (doubled) {
            displayMath = !displayMath;
            inlineMath = false;
            out.append("$$");
            return at + 2;
        }
        if (!displayMath) {
            char before = at > 0 ? raw.charAt(at - 1) : ' ';
            char after = at + 1 < raw.length() ? raw.charAt(at + 1) : ' ';
            if (inlineMath) {
                // Pandoc's rule: a closing $ follows a non-space and is not followed by a digit.
                inlineMath = Character.isWhitespace(before) || Character.isDigit(after);
            } else {
                inlineMath = !Character.isWhitespace(after);
            }
        }
        out.append('$');
        return at + 1;
    }

    /** Completes the current line and updates the block state (fences) it leaves behind. */
    private void endLine() {
        String line = out.substring(lineStart).strip();
        if (inFence()) {
            if (runLength(line, fenceChar) >= fenceLength && line.chars().allMatch(ch -> ch == fenceChar)) {
                fenceLength = 0;
            }
        } else if (!displayMath && (line.startsWith("```") || line.startsWith("~~~"))) {
            fenceChar = line.charAt(0);
            fenceLength = runLength(line, fenceChar);
        }
        out.append('\n');
        lineStart = out.length();
        inlineMath = false;
        inString = false;
        codeSpanTicks = 0;
    }

    private boolean inFence() {
        return fenceLength > 0;
    }

    private String letterRun(int from) {
        int end = from;
        while (end < raw.length() && Character.isLetter(raw.charAt(end))) {
            end++;
        }
        return raw.substring(from, end);
    }

    private int runLength(int from, char c) {
        int end = from;
        while (end < raw.length() && raw.charAt(end) == c) {
            end++;
        }
        return end - from;
    }

    private static int runLength(String s, char c) {
        int end = 0;
        while (end < s.length() && s.charAt(end) == c) {
            end++;
        }
        return end;
    }
}
