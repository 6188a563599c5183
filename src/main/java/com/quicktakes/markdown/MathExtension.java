package com.quicktakes.markdown;

import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Math in dollar delimiters, as a commonmark-java extension: {@code $…$} and {@code $$…$$}
 * become {@link InlineMath} and {@link DisplayMath} nodes, rendered as
 * {@code <span class="math math-inline">} and {@code <div class="math math-display">} holding the
 * escaped TeX. The page typesets them with KaTeX; without scripts the TeX stays readable.
 */
final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new DisplayMathParser.Factory());
        parser.customInlineContentParserFactory(new InlineMathParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(MathRenderer::new);
    }

    private static final class MathRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final HtmlNodeRendererContext context;

        MathRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(InlineMath.class, DisplayMath.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof DisplayMath block) {
                html.line();
                write(node, "div", "math math-display", block.tex());
                html.line();
            } else if (node instanceof InlineMath inline) {
                write(node, "span", inline.display() ? "math math-display" : "math math-inline", inline.tex());
            }
        }

        private void write(Node node, String tag, String classes, String tex) {
            html.tag(tag, context.extendAttributes(node, tag, Map.of("class", classes)));
            html.text(tex);
            html.tag("/" + tag);
        }
    }
}
