package com.quicktakes.seo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import io.quarkus.test.junit.QuarkusTest;

/** The sitemap index and every sitemap it lists, valid against the sitemaps.org schemas. */
@QuarkusTest
class SitemapsTest {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** Fetches a sitemap file, checks it against its schema and returns its {@code <loc>}s and {@code <lastmod>}s. */
    static List<String[]> entries(String path, String xsd) throws Exception {
        var response = given().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.contentType()).as(path).startsWith("application/xml");
        byte[] xml = response.body().asByteArray();
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(SitemapsTest.class.getResourceAsStream("/xsd/" + xsd)));
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new AssertionError(path + " is not valid against " + xsd + ": " + e.getMessage(), e);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        List<String[]> entries = new ArrayList<>();
        NodeList locs = document.getElementsByTagNameNS(NAMESPACE, "loc");
        for (int i = 0; i < locs.getLength(); i++) {
            Element parent = (Element) locs.item(i).getParentNode();
            NodeList lastmod = parent.getElementsByTagNameNS(NAMESPACE, "lastmod");
            entries.add(new String[] { locs.item(i).getTextContent(), lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent() });
        }
        return entries;
    }

    /** Every url of every sitemap the index lists, each file validated. */
    static List<String> allUrls() throws Exception {
        List<String> urls = new ArrayList<>();
        for (String[] sitemap : entries("/sitemap.xml", "siteindex.xsd")) {
            assertThat(sitemap[0]).startsWith("http://localhost:8080/sitemaps/");
            for (String[] url : entries(URI.create(sitemap[0]).getPath(), "sitemap.xsd")) {
                urls.add(url[0]);
            }
        }
        return urls;
    }

    @Test
    void theIndexListsPagesAndOneFilePerSubject() throws Exception {
        assertThat(entries("/sitemap.xml", "siteindex.xsd")).extracting(e -> e[0] + " " + e[1]).containsExactly(
                "http://localhost:8080/sitemaps/pages.xml 2025-05-05",
                "http://localhost:8080/sitemaps/arts-humanities-1.xml 2025-05-05",
                "http://localhost:8080/sitemaps/computer-science-1.xml 2025-01-15",
                "http://localhost:8080/sitemaps/geography-1.xml 2024-12-24",
                "http://localhost:8080/sitemaps/history-of-the-world-1.xml 2025-03-01",
                "http://localhost:8080/sitemaps/mathematics-1.xml 2025-02-08",
                "http://localhost:8080/sitemaps/physics-1.xml 2024-07-01");
    }

    @Test
    void pagesListsTheHomePageAndEveryPageOfEveryListing() throws Exception {
        assertThat(entries("/sitemaps/pages.xml", "sitemap.xsd")).extracting(e -> e[0]).containsExactly(
                "http://localhost:8080/",
                "http://localhost:8080/learn/arts-humanities",
                "http://localhost:8080/learn/computer-science",
                "http://localhost:8080/learn/geography",
                "http://localhost:8080/learn/geography?page=2",
                "http://localhost:8080/learn/history-of-the-world",
                "http://localhost:8080/learn/mathematics",
                "http://localhost:8080/learn/physics");
    }

    @Test
    void questionFilesListEveryListedQuestionWithItsDate() throws Exception {
        List<String[]> mathematics = entries("/sitemaps/mathematics-1.xml", "sitemap.xsd");
        assertThat(mathematics).extracting(e -> e[0] + " " + e[1]).containsExactly(
                "http://localhost:8080/learn/mathematics/questions/how-do-gradients-point-uphill 2025-02-08",
                "http://localhost:8080/learn/mathematics/questions/what-is-a-derivative 2024-11-03");
        assertThat(entries("/sitemaps/geography-1.xml", "sitemap.xsd")).hasSize(51);
        assertThat(allUrls()).hasSize(8 + 60).doesNotHaveDuplicates()
                .noneMatch(url -> url.contains("a-draft-that-search-engines-should-not-index"))
                .allMatch(url -> url.startsWith("http://localhost:8080/"));
    }

    @Test
    void filesThatDoNotExistAre404() {
        for (String path : new String[] { "/sitemaps/mathematics-2.xml", "/sitemaps/alchemy-1.xml", "/sitemaps/mathematics-0.xml",
                "/sitemaps/mathematics.xml", "/sitemaps/other.xml",
                // numbers whose offset overflows an int: once they wrapped round to file 1 or to an empty file
                "/sitemaps/mathematics-85900.xml", "/sitemaps/mathematics-42951.xml", "/sitemaps/mathematics-85899.xml",
                "/sitemaps/mathematics-999999.xml", "/sitemaps/mathematics-9999999.xml" }) {
            assertThat(given().get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void sitemapsCanBeRevalidated() throws IOException {
        var first = given().get("/sitemaps/geography-1.xml");
        String etag = first.header("ETag");
        assertThat(etag).startsWith("W/\"");
        assertThat(first.header("Last-Modified")).isNotBlank();
        var again = given().header("If-None-Match", etag).get("/sitemaps/geography-1.xml");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body().asByteArray()).isEmpty();
        assertThat(new StringReader("")).isNotNull();
    }
}
