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
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to safe HTML, once, at import. Raw HTML in the source is escaped (shown as text, never
 * run), only http, https and mailto links survive (no {@code javascript:}, {@code vbscript:} or
 * {@code data:}), and headings are renumbered to start at h2 so the page keeps its single h1.
 * Thread-safe: one instance serves every import worker. Linear in the answer's length, whatever
 * its shape (docs/rendering.md says how that is kept and tested).
 */
@ApplicationScoped
public class MarkdownRenderer {

    /** Deeper nesting than any answer needs; bounds the work hostile input can cause. */
    private static final int MAX_NESTING = 32;
    /** Ids the page around the answer uses; an answer heading with the same text gets another. */
    private static final List<String> PAGE_IDS = List.of("main", "contents", "related-heading", "more-heading");
    /** A long answer, worth a table of contents: this many headings and words at least. */
    static final int LONG_ANSWER_HEADINGS = 3;
    static final int LONG_ANSWER_WORDS = 400;
    /** Reading speed for study material, in words a minute. */
    static final int WORDS_PER_MINUTE = 200;

    private final List<Extension> extensions;
    /** The same without tables, for an answer whose tables would hold too many cells ({@link InlineLimits}). */
    private final List<Extension> extensionsWithoutTables;

    public MarkdownRenderer() {
        // No cell limit per table, which would throw: InlineLimits bounds the cells of all tables together.
        extensions = List.of(TablesExtension.builder().maxCells(null).build(), StrikethroughExtension.create(),
                AutolinkExtension.create(), MathExtension.create(), ScrollingTables.create());
        extensionsWithoutTables = extensions.subList(1, extensions.size());
    }

    public RenderedMarkdown render(String markdown) {
        Node document = parse(markdown);
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
        boolean isLong = headings.size() >= LONG_ANSWER_HEADINGS && text.words() >= LONG_ANSWER_WORDS;
        int minutes = Math.max(1, (text.words() + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
        return new RenderedMarkdown(html, text.start(), text.words(), minutes, headings, isLong ? tableOfContents(headings) : null,
                hasMath);
    }

    private Node parse(String markdown) {
        try {
            return parser(extensions, markdown).parse(markdown);
        } catch (InlineLimits.TooManyCells e) {
            return parser(extensionsWithoutTables, markdown).parse(markdown); // its tables show as text
        }
    }

    /** A parser for one answer, as the limits of {@link InlineLimits} depend on its length. */
    private static Parser parser(List<Extension> extensions, String markdown) {
        return Parser.builder()
                .extensions(extensions)
                .maxOpenBlockParsers(MAX_NESTING)
                .maxInlineNesting(MAX_NESTING)
                .inlineParserFactory(new InlineLimits(markdown.length()))
                .build();
    }

    /**
     * Renumbers the heading levels used, in order, to h2, h3 … (at most h6), so an answer that
     * starts at {@code #} or skips from {@code ##} to {@code ####} still gives a correct outline,
     * gives each heading a stable id from its text, and makes its text a link to itself, so that
     * readers can copy the address of a section.
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
        PAGE_IDS.forEach(ids::generateId);
        Map<Heading, String> result = new LinkedHashMap<>();
        for (Heading heading : headings) {
            heading.setLevel(Math.min(6, 2 + levels.indexOf(heading.getLevel())));
            String id = ids.generateId(textOf(heading));
            result.put(heading, id);
            linkToItself(heading, id);
        }
        return result;
    }

    private static void linkToItself(Heading heading, String id) {
        boolean hasLink = false;
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            hasLink |= child instanceof Link;
        }
        if (hasLink || heading.getFirstChild() == null) {
            return; // a link cannot hold another link
        }
        Link self = new Link("#" + id, null);
        Node child = heading.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            self.appendChild(child);
            child = next;
        }
        heading.appendChild(self);
    }

    /** The answer's h2 and h3 headings as nested lists of links. */
    private static String tableOfContents(List<RenderedMarkdown.Heading> headings) {
        StringBuilder html = new StringBuilder("<ol>\n");
        boolean inSublist = false;
        boolean itemOpen = false;
        for (RenderedMarkdown.Heading heading : headings) {
            if (heading.level() > 3) {
                continue;
            }
            if (heading.level() == 3 && itemOpen && !inSublist) {
                html.append("\n<ol>\n");
                inSublist = true;
            } else if (heading.level() == 2 || !itemOpen) {
                if (inSublist) {
                    html.append("</ol>\n");
                    inSublist = false;
                }
                if (itemOpen) {
                    html.append("</li>\n");
                }
            }
            if (heading.level() == 3 && inSublist) {
                html.append("<li>").append(link(heading)).append("</li>\n");
            } else {
                html.append("<li>").append(link(heading));
                itemOpen = true;
            }
        }
        if (inSublist) {
            html.append("</ol>\n");
        }
        if (itemOpen) {
            html.append("</li>\n");
        }
        return html.append("</ol>").toString();
    }

    private static String link(RenderedMarkdown.Heading heading) {
        return "<a href=\"#" + escape(heading.id()) + "\">" + escape(heading.text()) + "</a>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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
