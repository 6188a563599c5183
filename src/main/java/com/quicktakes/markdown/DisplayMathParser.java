package com.quicktakes.markdown;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A display formula: a line that starts with {@code $$} opens it, and the first line that ends
 * with {@code $$} closes it ({@code $$} alone on both lines, as the export writes it, or the
 * whole formula on one line). Its lines are TeX, never Markdown.
 */
final class DisplayMathParser extends AbstractBlockParser {

    private final DisplayMath block = new DisplayMath();
    private final StringBuilder tex = new StringBuilder();
    private boolean closed;

    static final class Factory implements BlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            int start = state.getNextNonSpaceIndex();
            CharSequence line = state.getLine().getContent();
            if (!startsWith(line, start, "$$")) {
                return BlockStart.none();
            }
            DisplayMathParser parser = new DisplayMathParser();
            String rest = line.subSequence(start + 2, line.length()).toString().strip();
            if (!rest.isEmpty()) {
                parser.addContent(rest);
            }
            return BlockStart.of(parser).atIndex(line.length());
        }
    }

    private static boolean startsWith(CharSequence line, int at, String prefix) {
        return line.length() - at >= prefix.length() && line.subSequence(at, at + prefix.length()).toString().equals(prefix);
    }

    /** Content after the opening {@code $$}; a trailing {@code $$} closes the block on the same line. */
    private void addContent(String content) {
        if (content.endsWith("$$")) {
            closed = true;
            content = content.substring(0, content.length() - 2).strip();
        }
        if (!content.isEmpty()) {
            if (!tex.isEmpty()) {
                tex.append('\n');
            }
            tex.append(content);
        }
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        addContent(line.getContent().toString().strip());
    }

    @Override
    public void closeBlock() {
        block.setTex(tex.toString());
    }
}
