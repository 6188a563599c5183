package com.quicktakes.markdown;

import java.util.Set;

import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Recognises {@code $…$} and {@code $$…$$} inside a paragraph before any other inline syntax
 * can touch them, so {@code _}, {@code *}, {@code \\} and {@code <} in TeX stay TeX. A single
 * dollar follows pandoc's rule, which tells math from money: the opening {@code $} has a
 * non-space character right after it, the closing {@code $} a non-space character right before
 * it and no digit right after it ("costs $5 and $10" stays text). An escaped {@code \$} never
 * reaches this parser: CommonMark turns it into a literal dollar first.
 *
 * <p>Linear in the paragraph's length: commonmark makes one parser for each block it parses
 * inline (a paragraph, a heading, a table cell), which indexes the block's dollars once
 * ({@link DollarRuns}) at its first opener; later openers look their closer up in that index, so
 * an opener that never closes costs no scan of the rest.
 */
final class InlineMathParser implements InlineContentParser {

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return new InlineMathParser();
        }
    }

    /** The scanner indexed, the position its index starts at, and the index. */
    private Scanner indexed;
    private Position origin;
    private DollarRuns runs;
    /** The last position seen and its offset from {@code origin}. */
    private Position last;
    private int lastOffset;

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        int at = offsetOf(scanner, start);
        int dollars = runs.dollarsAt(at);
        if (dollars > 2) {
            // Never math, but commonmark would retry the run one dollar at a time; keep the last
            // two, which may still open $$…$$, and take the rest as the text it would become.
            return ParsedInline.of(new Text("$".repeat(dollars - 2)), advance(scanner, at, at + dollars - 2));
        }
        DollarRuns.Match math = runs.mathAt(at);
        if (math == null) {
            return ParsedInline.none();
        }
        return ParsedInline.of(new InlineMath(math.tex(), math.display()), advance(scanner, at, math.end()));
    }

    /** Moves the scanner from offset {@code from} to {@code to}, over text the inline parser then skips. */
    private Position advance(Scanner scanner, int from, int to) {
        for (int i = from; i < to; i++) {
            scanner.next();
        }
        last = scanner.position();
        lastOffset = to;
        return last;
    }

    /**
     * The offset of {@code position} in the indexed text. The inline parser only moves forward,
     * so measuring from the last position seen keeps the total work linear.
     */
    private int offsetOf(Scanner scanner, Position position) {
        if (scanner != indexed || position.compareTo(origin) < 0) {
            index(scanner, position);
        } else if (position.compareTo(last) < 0) {
            lastOffset = length(scanner, origin, position); // not expected; correct, only slower
        } else {
            lastOffset += length(scanner, last, position);
        }
        last = position;
        return lastOffset;
    }

    private void index(Scanner scanner, Position from) {
        while (scanner.hasNext()) {
            scanner.next();
        }
        String rest = scanner.getSource(from, scanner.position()).getContent();
        scanner.setPosition(from);
        indexed = scanner;
        origin = from;
        runs = new DollarRuns(rest);
        last = from;
        lastOffset = 0;
    }

    private static int length(Scanner scanner, Position from, Position to) {
        return scanner.getSource(from, to).getContent().length();
    }
}
