package com.quicktakes.markdown;

import java.util.List;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * Bounds the work of commonmark-java's inline parser (0.32.0) where it is not linear, for one
 * answer. commonmark parses each block's inline content (a paragraph, a heading, a table cell)
 * with one inline parser per document, so this wrapper sees every block of the answer.
 * <ul>
 * <li>Brackets. Each {@code ]} that meets an open {@code [} or {@code ![} copies the text since
 * it, and each link made walks every bracket still open, so a block with thousands of brackets
 * ({@code ![[]()} repeated) costs brackets × length: 10 s for 256 KB. A block's bracket work is
 * at most min(count of {@code [}, count of {@code ]}) × its length; the blocks of an answer share
 * a budget of {@value #BRACKET_WORK_PER_CHAR} × the answer's length (at least
 * {@value #BRACKET_WORK_FLOOR}), and a block that would overrun it is shown as plain text.</li>
 * <li>Table cells. Rows are padded to the header's width, so short rows under a wide header make
 * columns × rows cells out of columns + rows characters (a 4 KB table: 130,000 cells). The tables
 * of an answer may hold one cell per {@value #CHARS_PER_CELL} characters of it (at least
 * {@value #CELL_FLOOR}); past that
 * {@link TooManyCells} stops the parse, and the renderer parses again without tables.</li>
 * </ul>
 */
final class InlineLimits implements InlineParserFactory {

    static final long BRACKET_WORK_PER_CHAR = 50;
    static final long BRACKET_WORK_FLOOR = 10_000_000;
    static final long CHARS_PER_CELL = 4;
    static final long CELL_FLOOR = 10_000;

    /** Thrown when the answer's tables would exceed their cells; carries no stack trace. */
    static final class TooManyCells extends RuntimeException {
        TooManyCells(long limit) {
            super("the tables of this answer would hold more than " + limit + " cells", null, false, false);
        }
    }

    private final long answerLength;

    InlineLimits(int answerLength) {
        this.answerLength = answerLength;
    }

    @Override
    public InlineParser create(InlineParserContext context) {
        // commonmark's own inline parser (a public class in its internal package): the library
        // has no public way to wrap its default parser.
        return new Bounded(new InlineParserImpl(context), Math.max(BRACKET_WORK_FLOOR, BRACKET_WORK_PER_CHAR * answerLength),
                Math.max(CELL_FLOOR, answerLength / CHARS_PER_CELL));
    }

    private static final class Bounded implements InlineParser {
        private final InlineParser parser;
        private long bracketWorkLeft;
        private final long maxCells;
        private long cells;

        Bounded(InlineParser parser, long bracketWork, long maxCells) {
            this.parser = parser;
            this.bracketWorkLeft = bracketWork;
            this.maxCells = maxCells;
        }

        @Override
        public void parse(SourceLines lines, Node block) {
            if (block instanceof TableCell && ++cells > maxCells) {
                throw new TooManyCells(maxCells);
            }
            long work = bracketWork(lines.getLines());
            if (work > bracketWorkLeft) {
                appendPlainText(lines.getLines(), block);
                return;
            }
            bracketWorkLeft -= work;
            parser.parse(lines, block);
        }

        private static long bracketWork(List<SourceLine> lines) {
            long opening = 0;
            long closing = 0;
            long length = 0;
            for (SourceLine line : lines) {
                CharSequence content = line.getContent();
                for (int i = 0; i < content.length(); i++) {
                    char c = content.charAt(i);
                    opening += c == '[' ? 1 : 0;
                    closing += c == ']' ? 1 : 0;
                }
                length += content.length() + 1;
            }
            return Math.min(opening, closing) * length;
        }

        private static void appendPlainText(List<SourceLine> lines, Node block) {
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    block.appendChild(new SoftLineBreak());
                }
                block.appendChild(new Text(lines.get(i).getContent().toString()));
            }
        }
    }
}
