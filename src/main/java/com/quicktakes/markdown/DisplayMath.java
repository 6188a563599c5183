package com.quicktakes.markdown;

import org.commonmark.node.CustomBlock;

/** A block of TeX between lines of {@code $$}. */
public class DisplayMath extends CustomBlock {

    private String tex = "";

    public String tex() {
        return tex;
    }

    void setTex(String tex) {
        this.tex = tex;
    }
}
