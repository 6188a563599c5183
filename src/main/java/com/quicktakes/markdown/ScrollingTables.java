package com.quicktakes.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Puts every table in a box of its own that scrolls sideways when the table is wider than the
 * page, so a phone never scrolls the whole page. The box can take keyboard focus, so people who
 * do not use a mouse can scroll it too.
 */
final class ScrollingTables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static ScrollingTables create() {
        return new ScrollingTables();
    }

    /** The box around one table. */
    static final class ScrollBox extends CustomBlock {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessor(document -> {
            List<TableBlock> tables = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(CustomBlock block) {
                    if (block instanceof TableBlock table) {
                        tables.add(table);
                    } else {
                        visitChildren(block);
                    }
                }
            });
            for (TableBlock table : tables) {
                ScrollBox box = new ScrollBox();
                table.insertBefore(box);
                box.appendChild(table);
            }
            return document;
        });
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(context -> new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(ScrollBox.class);
            }

            @Override
            public void render(Node node) {
                renderBox(context, node);
            }
        });
    }

    private static void renderBox(HtmlNodeRendererContext context, Node box) {
        var html = context.getWriter();
        html.line();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("class", "table-scroll");
        attributes.put("role", "region");
        attributes.put("aria-label", "Table");
        attributes.put("tabindex", "0");
        html.tag("div", context.extendAttributes(box, "div", attributes));
        for (Node child = box.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/div");
        html.line();
    }
}
