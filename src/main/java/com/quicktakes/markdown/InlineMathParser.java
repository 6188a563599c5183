package com.quicktakes.markdown;

import java.util.Set;

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

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        int dollars = scanner.matchMultiple('$');
        if (dollars > 2) {
            return ParsedInline.none();
        }
        Position contentStart = scanner.position();
        if (dollars == 1 && (!scanner.hasNext() || Character.isWhitespace(scanner.peek()))) {
            return ParsedInline.none();
        }
        while (scanner.find('$') >= 0) {
            Position candidate = scanner.position();
            int previous = scanner.peekPreviousCodePoint();
            int run = scanner.matchMultiple('$');
            if (previous == '\\') {
                continue; // \$ inside TeX is a dollar sign, not the end
            }
            String tex = scanner.getSource(contentStart, candidate).getContent().strip();
            if (dollars == 2 && run >= 2) {
                if (tex.isEmpty()) {
                    break;
                }
                scanner.setPosition(candidate);
                scanner.next();
                scanner.next();
                return ParsedInline.of(new InlineMath(tex, true), scanner.position());
            }
            if (dollars == 1 && run == 1 && !Character.isWhitespace(previous)
                    && !Character.isDigit(scanner.peek())) {
                return ParsedInline.of(new InlineMath(tex, false), scanner.position());
            }
        }
        scanner.setPosition(start);
        return ParsedInline.none();
    }
}
