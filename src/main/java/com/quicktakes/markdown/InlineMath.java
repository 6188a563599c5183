package com.quicktakes.markdown;

import org.commonmark.node.CustomNode;

/** TeX between single dollars ({@code $a_1$}), or between double dollars inside a paragraph. */
public class InlineMath extends CustomNode {

    private final String tex;
    private final boolean display;

    InlineMath(String tex, boolean display) {
        this.tex = tex;
        this.display = display;
    }

    public String tex() {
        return tex;
    }

    public boolean display() {
        return display;
    }
}
