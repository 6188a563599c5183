package com.quicktakes.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to safe HTML, once, at import. Raw HTML in the source is escaped (shown as text, never
 * run), only http, https and mailto links survive (no {@code javascript:}, {@code vbscript:} or
 * {@code data:}), and headings are renumbered to start at h2 so the page keeps its single h1.
 * Parser and renderers are thread-safe: one instance serves every import worker.
 */
@ApplicationScoped
public class MarkdownRenderer {

    /** Deeper nesting than any answer needs; bounds the work hostile input can cause. */
    private static final int MAX_NESTING = 32;

    private final Parser parser;
    private final List<Extension> extensions;

    public MarkdownRenderer() {
        extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(),
                MathExtension.create(), ScrollingTables.create());
        parser = Parser.builder()
                .extensions(extensions)
                .maxOpenBlockParsers(MAX_NESTING)
                .maxInlineNesting(MAX_NESTING)
                .build();
    }

    public RenderedMarkdown render(String markdown) {
        Node document = parser.parse(markdown);
        Map<Heading, String> headingIds = outline(document);
        boolean hasMath = containsMath(document);
        HtmlRenderer htmlRenderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
                .attributeProviderFactory(context -> new SafeAttributes(headingIds))
                .build();
        String html = htmlRenderer.render(document);
        PlainText text = PlainText.of(document);
        List<RenderedMarkdown.Heading> headings = new ArrayList<>(headingIds.size());
        headingIds.forEach((heading, id) -> headings.add(new RenderedMarkdown.Heading(heading.getLevel(), textOf(heading), id)));
        return new RenderedMarkdown(html, text.start(), text.words(), headings, hasMath);
    }

    /**
     * Renumbers the heading levels used, in order, to h2, h3 … (at most h6), so an answer that
     * starts at {@code #} or skips from {@code ##} to {@code ####} still gives a correct outline,
     * and gives each heading a stable id from its text.
     */
    private static Map<Heading, String> outline(Node document) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        TreeSet<Integer> levelsUsed = new TreeSet<>();
        headings.forEach(h -> levelsUsed.add(h.getLevel()));
        List<Integer> levels = new ArrayList<>(levelsUsed);
        IdGenerator ids = IdGenerator.builder().defaultId("section").build();
        Map<Heading, String> result = new LinkedHashMap<>();
        for (Heading heading : headings) {
            heading.setLevel(Math.min(6, 2 + levels.indexOf(heading.getLevel())));
            result.put(heading, ids.generateId(textOf(heading)));
        }
        return result;
    }

    private static boolean containsMath(Node document) {
        boolean[] found = { false };
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                found[0] |= node instanceof InlineMath;
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock block) {
                found[0] |= block instanceof DisplayMath;
                visitChildren(block);
            }
        });
        return found[0];
    }

    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip();
    }
}
