package com.quicktakes.seo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.quicktakes.pages.Html;

import io.quarkus.test.junit.QuarkusTest;

/** Atom feeds of the newest questions: parsed, and checked for what RFC 4287 requires. */
@QuarkusTest
class AtomFeedsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static Element feed(String path) throws Exception {
        var response = given().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().asByteArray()));
        Element feed = document.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        return feed;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && element.getLocalName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    private static String text(Element parent, String name) {
        List<Element> children = children(parent, name);
        assertThat(children).as("exactly one atom:" + name).hasSize(1);
        return children.get(0).getTextContent();
    }

    /** RFC 4287: a feed has one id, title and updated, an author, a self link; each entry an id, title, updated and link. */
    private static List<Element> assertValidAtom(Element feed, String selfUrl) {
        assertThat(text(feed, "id")).isEqualTo(selfUrl);
        assertThat(text(feed, "title")).isNotBlank();
        OffsetDateTime.parse(text(feed, "updated"));
        assertThat(children(feed, "author")).hasSize(1);
        assertThat(children(feed, "link")).anySatisfy(link -> {
            assertThat(link.getAttribute("rel")).isEqualTo("self");
            assertThat(link.getAttribute("href")).isEqualTo(selfUrl);
        });
        List<Element> entries = children(feed, "entry");
        for (Element entry : entries) {
            assertThat(text(entry, "id")).startsWith("http://localhost:8080/learn/");
            assertThat(text(entry, "title")).isNotBlank();
            OffsetDateTime.parse(text(entry, "updated"));
            assertThat(children(entry, "link")).singleElement()
                    .satisfies(link -> assertThat(link.getAttribute("href")).isEqualTo(text(entry, "id")));
        }
        return entries;
    }

    @Test
    void theSiteFeedHasTheNewestFiftyListedQuestions() throws Exception {
        List<Element> entries = assertValidAtom(feed("/feed.xml"), "http://localhost:8080/feed.xml");
        assertThat(entries).hasSize(50);
        assertThat(text(entries.get(0), "id")).isEqualTo("http://localhost:8080/learn/arts-humanities/questions/godels-incompleteness-theorems");
        assertThat(text(entries.get(0), "published")).isEqualTo("2025-05-05T00:00:00Z");
        assertThat(entries).noneMatch(e -> text(e, "id").contains("a-draft-that-search-engines-should-not-index"));
    }

    @Test
    void eachSubjectHasAFeed() throws Exception {
        List<Element> entries = assertValidAtom(feed("/learn/mathematics/feed.xml"), "http://localhost:8080/learn/mathematics/feed.xml");
        assertThat(entries).extracting(e -> text(e, "title")).containsExactly("How do gradients point uphill?", "What is a derivative?");
        assertThat(text(entries.get(1), "summary")).startsWith("A derivative measures how fast a function changes");
        assertThat(children(entries.get(1), "author")).singleElement().satisfies(a -> assertThat(a.getTextContent()).isEqualTo("Ada Teacher"));
        assertThat(given().get("/learn/alchemy/feed.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesLinkTheFeedsThatCoverThem() {
        assertThat(Html.get("/").select("link[rel=alternate][type=application/atom+xml]").eachAttr("href")).containsExactly("/feed.xml");
        assertThat(Html.get("/learn/geography").select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("/learn/geography/feed.xml", "/feed.xml");
        assertThat(Html.get("/learn/mathematics/questions/what-is-a-derivative").select("link[rel=alternate][type=application/atom+xml]")
                .eachAttr("href")).containsExactly("/learn/mathematics/feed.xml", "/feed.xml");
    }
}
