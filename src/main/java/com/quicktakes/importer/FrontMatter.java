package com.quicktakes.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A YAML mapping of the front matter, read with snakeyaml-engine's composer into nodes, never into
 * arbitrary objects: plain data only, every value keeps the line it starts on, and the format's
 * absent features (anchors, aliases, custom tags, duplicate keys) are rejected.
 */
final class FrontMatter {

    private static final Set<Tag> PLAIN_DATA_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

    private final Map<String, Node> fields;
    private final int mappingLine;
    private final int lineOffset;

    private FrontMatter(Map<String, Node> fields, int mappingLine, int lineOffset) {
        this.fields = fields;
        this.mappingLine = mappingLine;
        this.lineOffset = lineOffset;
    }

    /** Plain data only: the core schema, no aliases of collections, a bounded document size. */
    static LoadSettings settings(int maxChars) {
        return LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setCodePointLimit(Math.max(maxChars, 1))
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .setLabel("front matter")
                .build();
    }

    /**
     * @param yaml      the text between the two {@code ---} lines
     * @param firstLine the file line on which {@code yaml} starts, so problems name file lines
     * @param settings  from {@link #settings(int)}
     */
    static FrontMatter parse(String yaml, int firstLine, LoadSettings settings) {
        int lineOffset = firstLine;
        Node root;
        try {
            root = new Compose(settings).composeString(yaml).orElse(null);
        } catch (MarkedYamlEngineException e) {
            Integer line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + lineOffset).orElse(null);
            throw new RejectedFile(line, "invalid YAML: " + describe(e));
        } catch (YamlEngineException e) {
            throw new RejectedFile(null, "invalid YAML: " + firstLineOf(e.getMessage()));
        } catch (StackOverflowError e) {
            // The composer recurses once per nesting level; a hostile file can nest deeper than any stack.
            throw new RejectedFile(null, "invalid YAML: collections nested too deeply");
        }
        if (root == null) {
            throw new RejectedFile(firstLine, "the front matter is empty");
        }
        FrontMatter empty = new FrontMatter(Map.of(), firstLine, lineOffset);
        MappingNode mapping = empty.asMapping(root, "the front matter");
        return new FrontMatter(empty.fieldsOf(mapping), empty.lineOf(root), lineOffset);
    }

    /** Line of the mapping itself: the line to blame for a missing field. */
    int line() {
        return mappingLine;
    }

    Set<String> keys() {
        return fields.keySet();
    }

    Optional<Node> node(String key) {
        Node node = fields.get(key);
        if (node == null || (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL))) {
            return Optional.empty();
        }
        return Optional.of(node);
    }

    int lineOf(Node node) {
        return node.getStartMark().map(m -> m.getLine() + lineOffset).orElse(mappingLine);
    }

    int lineOf(String key) {
        return node(key).map(this::lineOf).orElse(mappingLine);
    }

    /** A nested mapping such as {@code seo} or {@code related_article3}, or null when absent or not a mapping. */
    FrontMatter nested(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty() || !(node.get() instanceof MappingNode mapping)) {
            return null;
        }
        checkPlainData(mapping);
        return new FrontMatter(fieldsOf(mapping), lineOf(mapping), lineOffset);
    }

    boolean isMapping(String key) {
        return node(key).map(n -> n instanceof MappingNode).orElse(false);
    }

    /** The scalar's text, whatever type YAML resolved it to (a title of {@code 1984} is still a title). */
    Optional<String> scalar(String key) {
        return node(key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue());
    }

    /** The scalar's text and its resolved YAML type, or empty when absent or not a scalar. */
    Optional<ScalarNode> scalarNode(String key) {
        return node(key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
    }

    /**
     * A list of texts: a YAML sequence of scalars, or a single scalar; empty when absent, null
     * when the value is of another shape.
     */
    List<String> texts(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof ScalarNode scalar) {
            return List.of(scalar.getValue());
        }
        if (node.get() instanceof SequenceNode sequence) {
            List<String> texts = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                checkPlainData(item);
                if (!(item instanceof ScalarNode scalar)) {
                    return null;
                }
                texts.add(scalar.getValue());
            }
            return texts;
        }
        return null;
    }

    private MappingNode asMapping(Node node, String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw new RejectedFile(lineOf(node), what + " is not a mapping of keys to values");
        }
        checkPlainData(mapping);
        return mapping;
    }

    private Map<String, Node> fieldsOf(MappingNode mapping) {
        Map<String, Node> result = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            checkPlainData(keyNode);
            checkPlainData(tuple.getValueNode());
            if (!(keyNode instanceof ScalarNode key)) {
                throw new RejectedFile(lineOf(keyNode), "a key of the front matter is not plain text");
            }
            if (result.put(key.getValue(), tuple.getValueNode()) != null) {
                throw new RejectedFile(lineOf(keyNode), "duplicate key '" + key.getValue() + "'");
            }
        }
        return result;
    }

    private void checkPlainData(Node node) {
        if (node.getAnchor().isPresent()) {
            throw new RejectedFile(lineOf(node), "YAML anchors and aliases are not part of the content format");
        }
        if (!PLAIN_DATA_TAGS.contains(node.getTag())) {
            throw new RejectedFile(lineOf(node), "YAML tag " + node.getTag() + " is not part of the content format");
        }
    }

    private static String describe(MarkedYamlEngineException e) {
        String context = e.getContext() == null ? "" : e.getContext() + ": ";
        return context + (e.getProblem() == null ? firstLineOf(e.getMessage()) : e.getProblem());
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
