package com.quicktakes.markdown;

import java.util.Map;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/** Attributes the answer's HTML gets beyond plain CommonMark: heading ids, link rel, lazy images. */
final class SafeAttributes implements AttributeProvider {

    private final Map<Heading, String> headingIds;

    SafeAttributes(Map<Heading, String> headingIds) {
        this.headingIds = headingIds;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Heading heading) {
            attributes.put("id", headingIds.get(heading));
        } else if (node instanceof Link link) {
            // commonmark marks every link nofollow when it sanitizes urls; links within the site must be followed.
            if (link.getParent() instanceof Heading && link.getDestination().startsWith("#")) {
                attributes.remove("rel");
                attributes.put("class", "heading-link");
            } else if (isExternal(link.getDestination())) {
                attributes.put("rel", "noopener");
            } else {
                attributes.remove("rel");
            }
        } else if (node instanceof Image) {
            attributes.put("loading", "lazy");
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            if (tagName.equals("pre")) {
                // The block scrolls sideways rather than wrap code; keyboard users must reach it.
                attributes.put("tabindex", "0");
            }
        }
    }

    /**
     * Links to other questions of the site stay relative; anything with a scheme leaves the site,
     * and so do {@code //host} and {@code /\host}, which browsers read as another host (they turn
     * backslashes into slashes).
     */
    static boolean isExternal(String destination) {
        return destination.startsWith("http://") || destination.startsWith("https://") || destination.startsWith("//")
                || destination.startsWith("/\\") || destination.startsWith("\\");
    }
}
