package com.quicktakes.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.importer.ContentImporter;
import com.quicktakes.importer.ImporterTestProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** A url written in a content file is a published address: the page answers at it, as a browser asks for it. */
@QuarkusTest
@TestProfile(ImporterTestProfile.class)
class UrlIdentityTest {

    private static final String PUMP = "/learn/biology/questions/how-does-the-na--k-pump-work";
    private static final String CAPITALS = "/learn/chemistry/questions/Caffeine-and-v1.2";

    @Inject
    ContentImporter importer;

    @TempDir
    Path dir;

    private void write(String name, String subject, String url, String... extra) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: " + name + "\nsubject: " + subject + "\nurl: " + url + "\n"
                + String.join("\n", extra) + (extra.length > 0 ? "\n" : "") + "answer: An answer.\n---\n");
    }

    @BeforeEach
    void content() throws IOException {
        write("biology/pump.md", "Biology", PUMP);
        write("biology/osmosis.md", "Biology", "/learn/biology/questions/osmosis",
                "related_article1:", "    url: " + PUMP);
        write("chemistry/caffeine.md", "Chemistry", CAPITALS);
        write("chemistry/cafe.md", "Chemistry", "/learn/chemistry/questions/Caf%C3%A9-au-lait");
        importer.importFrom(dir, false, (done, total) -> {
        });
    }

    private static Response get(String path) {
        return given().urlEncodingEnabled(false).redirects().follow(false).get(path);
    }

    @Test
    void aUrlWithDoubledOrTrailingHyphensAnswersAsWrittenAndRelatedLinksReachIt() {
        Response page = get(PUMP);
        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body().asString());
        assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080" + PUMP);
        Document osmosis = Jsoup.parse(get("/learn/biology/questions/osmosis").body().asString());
        assertThat(osmosis.select(".related a").eachAttr("href")).contains(PUMP);
    }

    @Test
    void capitalsInAUrlAreItsOwnAndAWrongCaseRedirectsOnlyWhereAPageExists() {
        assertThat(get(CAPITALS).statusCode()).isEqualTo(200);
        assertThat(get(CAPITALS.toLowerCase()).statusCode()).as("another address: no such page").isEqualTo(404);
        Response subject = get("/learn/Chemistry/");
        assertThat(subject.statusCode()).isEqualTo(301);
        assertThat(subject.header("Location")).as("one hop").isEqualTo("http://localhost:8080/learn/chemistry");
    }

    @Test
    void aPercentEncodedUrlRedirectsToItsSafeReplacementHoweverItIsEncoded() {
        for (String asked : new String[] { "/learn/chemistry/questions/Caf%C3%A9-au-lait", "/learn/chemistry/questions/Caf%c3%a9-au-lait" }) {
            Response moved = get(asked);
            assertThat(moved.statusCode()).as(asked).isEqualTo(301);
            assertThat(moved.header("Location")).isEqualTo("http://localhost:8080/learn/chemistry/questions/cafe-au-lait");
        }
        assertThat(get("/learn/chemistry/questions/cafe-au-lait").statusCode()).isEqualTo(200);
    }
}
