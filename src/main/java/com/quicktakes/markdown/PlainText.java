package com.quicktakes.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The start of a document's text on one line, whitespace collapsed (for descriptions), and the
 * number of words in all of it (for reading times).
 */
final class PlainText extends AbstractVisitor {

    /** Enough for a description; counting words needs no more text than this. */
    private static final int KEPT = 400;

    private final StringBuilder text = new StringBuilder();
    private int words;
    private boolean inWord;

    static PlainText of(Node document) {
        PlainText visitor = new PlainText();
        document.accept(visitor);
        return visitor;
    }

    String start() {
        return text.toString().strip();
    }

    int words() {
        return words;
    }

    @Override
    public void visit(Text node) {
        append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        append(node.getLiteral());
    }

    @Override
    public void visit(FencedCodeBlock node) {
        append(node.getLiteral());
        space();
    }

    @Override
    public void visit(IndentedCodeBlock node) {
        append(node.getLiteral());
        space();
    }

    @Override
    public void visit(SoftLineBreak node) {
        space();
    }

    @Override
    public void visit(HardLineBreak node) {
        space();
    }

    @Override
    protected void visitChildren(Node parent) {
        super.visitChildren(parent);
        if (parent instanceof Block) {
            space();
        }
    }

    private void append(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (Character.isWhitespace(c)) {
                space();
            } else {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
                if (text.length() < KEPT) {
                    text.append(c);
                }
            }
        }
    }

    private void space() {
        inWord = false;
        if (text.length() < KEPT && !text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }
}
