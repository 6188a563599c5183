package com.quicktakes.pages;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quicktakes.config.SiteConfig;
import com.quicktakes.catalog.Question;
import com.quicktakes.catalog.Subject;

/**
 * JSON-LD for the pages (schema.org), serialised by Jackson with {@code <}, {@code >} and
 * {@code &} escaped as {@code \u003c} and so on, so that no content can close the script element
 * that carries it. The choice of types is explained in {@code docs/seo.md}.
 */
@ApplicationScoped
public class StructuredData {

    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory().setCharacterEscapes(new ScriptSafe()));

    @Inject
    SiteConfig config;

    /** The home page: the site itself. */
    public String website() {
        ObjectNode site = node("WebSite");
        site.put("@id", config.absoluteUrl("/") + "#website");
        site.put("name", config.name());
        site.put("url", config.absoluteUrl("/"));
        site.put("inLanguage", "en");
        site.set("publisher", organization());
        return write(site);
    }

    /** A subject's listing: a collection page, with its breadcrumb trail. */
    public String collection(Subject subject, String url, String description, List<PageHead.Breadcrumb> breadcrumbs) {
        ObjectNode page = node("CollectionPage");
        page.put("@id", url);
        page.put("name", subject.name);
        page.put("url", url);
        page.put("description", description);
        page.put("inLanguage", "en");
        page.set("isPartOf", reference(config.absoluteUrl("/") + "#website"));
        return graph(page, breadcrumbList(breadcrumbs));
    }

    /**
     * A question page: an {@code Article} written by the site, whose main entity is the
     * {@code Question} with its one {@code acceptedAnswer}; and the breadcrumb trail.
     */
    public String article(Question question, String description, List<PageHead.Breadcrumb> breadcrumbs) {
        String url = config.absoluteUrl(question.url);
        ObjectNode article = node("Article");
        article.put("@id", url + "#article");
        article.put("headline", question.title.length() <= 110 ? question.title : question.title.substring(0, 109) + "…");
        article.put("description", description);
        article.put("url", url);
        article.put("mainEntityOfPage", url);
        article.put("inLanguage", "en");
        article.put("articleSection", question.subject.name);
        if (question.keywords != null) {
            article.put("keywords", question.keywords);
        }
        putDates(article, question.published, question.updatedAt);
        ObjectNode author = author(question.author);
        article.set("author", author);
        article.set("publisher", organization());

        ObjectNode asked = node("Question");
        asked.put("name", question.title);
        asked.put("text", question.questionText);
        asked.put("answerCount", 1);
        ObjectNode answer = node("Answer");
        answer.put("text", description);
        answer.put("url", url);
        answer.set("author", author.deepCopy());
        if (question.published != null) {
            answer.put("datePublished", question.published.toString());
        }
        asked.set("acceptedAnswer", answer);
        article.set("mainEntity", asked);
        return graph(article, breadcrumbList(breadcrumbs));
    }

    private ObjectNode breadcrumbList(List<PageHead.Breadcrumb> breadcrumbs) {
        ObjectNode list = node("BreadcrumbList");
        ArrayNode items = list.putArray("itemListElement");
        for (int i = 0; i < breadcrumbs.size(); i++) {
            ObjectNode item = node("ListItem");
            item.put("position", i + 1);
            item.put("name", breadcrumbs.get(i).name());
            item.put("item", config.absoluteUrl(breadcrumbs.get(i).path()));
            items.add(item);
        }
        return list;
    }

    /** The site is the author when the file names the site, or no one. */
    private ObjectNode author(String name) {
        if (name == null || name.equalsIgnoreCase(config.name())) {
            return organization();
        }
        ObjectNode person = node("Person");
        person.put("name", name);
        return person;
    }

    private ObjectNode organization() {
        ObjectNode organization = node("Organization");
        organization.put("name", config.name());
        organization.put("url", config.absoluteUrl("/"));
        return organization;
    }

    private static void putDates(ObjectNode node, LocalDate published, Instant modified) {
        if (published != null) {
            node.put("datePublished", published.toString());
        }
        if (modified != null) {
            node.put("dateModified", modified.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
    }

    private static ObjectNode reference(String id) {
        ObjectNode reference = JSON.createObjectNode();
        reference.put("@id", id);
        return reference;
    }

    private static ObjectNode node(String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", type);
        return node;
    }

    private static String graph(ObjectNode... nodes) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        for (ObjectNode node : nodes) {
            graph.add(node);
        }
        return writeRaw(root);
    }

    private static String write(ObjectNode node) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        root.setAll(node);
        return writeRaw(root);
    }

    private static String writeRaw(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes what could end a script element: {@code < > &}. */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafe() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
