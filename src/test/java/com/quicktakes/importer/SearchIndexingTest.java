package com.quicktakes.importer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.catalog.ListedSubjects;
import com.quicktakes.pages.Html;
import com.quicktakes.search.SearchHit;
import com.quicktakes.search.SearchIndex;
import com.quicktakes.search.SearchQuery;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The search index moves with the content: in the same import, in one step, and back in step after a mismatch. */
@QuarkusTest
@TestProfile(ImporterTestProfile.class)
class SearchIndexingTest {

    @Inject
    ContentImporter importer;

    @Inject
    SearchIndex index;

    @Inject
    SearchIndexing indexing;

    @Inject
    ContentStatus status;

    @Inject
    ListedSubjects listedSubjects;

    @TempDir
    Path dir;

    TestCorpus corpus;

    @BeforeEach
    void emptyContent() throws IOException {
        corpus = new TestCorpus(dir);
        run();
    }

    private ImportReport run() throws IOException {
        return importer.importFrom(dir, false, (done, total) -> {
        });
    }

    private List<String> found(String words) {
        return index.search(SearchQuery.of(words)).hits().stream().map(SearchHit::url).toList();
    }

    @Test
    void anEditedAddedAndRemovedQuestionShowUpRightAfterTheNextImport() throws IOException {
        corpus.question("biology/osmosis.md", "Biology", "osmosis", "What is osmosis?")
                .question("biology/mitosis.md", "Biology", "mitosis", "What is mitosis?")
                .question("physics/inertia.md", "Physics", "inertia", "What is inertia?");
        run();
        assertThat(found("osmosis")).containsExactly("/learn/biology/questions/osmosis");
        assertThat(found("inertia")).containsExactly("/learn/physics/questions/inertia");
        long version = status.version().orElseThrow().number();
        assertThat(index.searchedVersion()).hasValue(version);

        corpus.question("biology/osmosis.md", "Biology", "osmosis", "What is diffusion through a membrane?")
                .question("physics/momentum.md", "Physics", "momentum", "What is momentum?")
                .delete("physics/inertia.md");
        run();
        assertThat(found("diffusion membrane")).containsExactly("/learn/biology/questions/osmosis");
        assertThat(found("momentum")).containsExactly("/learn/physics/questions/momentum");
        assertThat(found("inertia")).isEmpty();
        assertThat(found("mitosis")).containsExactly("/learn/biology/questions/mitosis");
        assertThat(index.searchedVersion()).as("the index moved with the content").hasValue(status.version().orElseThrow().number())
                .isNotEqualTo(version);
    }

    @Test
    void anUnchangedImportLeavesTheIndexAsItWas() throws IOException {
        corpus.question("biology/osmosis.md", "Biology", "osmosis", "What is osmosis?");
        run();
        var before = index.searchedVersion();
        run();
        assertThat(index.searchedVersion()).isEqualTo(before);
        assertThat(found("osmosis")).hasSize(1);
    }

    @Test
    void anIndexOutOfStepWithTheDatabaseIsRebuiltFromIt() throws IOException {
        corpus.question("biology/osmosis.md", "Biology", "osmosis", "What is osmosis?");
        run();
        // As after a crash between the two commits: the index holds another version, and other documents.
        index.rebuild(Stream.empty(), 123_456);
        assertThat(found("osmosis")).isEmpty();

        indexing.ensureCurrent();
        assertThat(found("osmosis")).containsExactly("/learn/biology/questions/osmosis");
        assertThat(index.searchedVersion()).hasValue(status.version().orElseThrow().number());
    }

    @Test
    void aFileThatLosesItsUrlLeavesNothingInTheIndex() throws IOException {
        corpus.question("biology/a-first.md", "Biology", "cells", "What are cells?")
                .question("biology/b-second.md", "Biology", "cells", "What are ribosomes?");
        ImportReport report = run();
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(found("cells")).containsExactly("/learn/biology/questions/cells");
        assertThat(found("ribosomes")).as("the losing file's document, put by its worker, is gone").isEmpty();

        corpus.delete("biology/a-first.md");
        run();
        assertThat(found("ribosomes")).as("the url is free: the second file wins it").containsExactly("/learn/biology/questions/cells");
        assertThat(found("cells")).as("the first file is gone, with its words").isEmpty();
    }

    /** The subjects a search can be filtered by are read once per content version: a new one is there after its import, a gone one is not. */
    @Test
    void theSubjectFilterFollowsTheContent() throws IOException {
        corpus.question("biology/osmosis.md", "Biology", "osmosis", "What is osmosis?");
        run();
        assertThat(searchStatus("osmosis", "biology")).isEqualTo(200);
        assertThat(searchStatus("covalent", "chemistry")).as("no such subject yet").isEqualTo(400);

        corpus.question("chemistry/bonds.md", "Chemistry", "covalent-bonds", "What is a covalent bond?");
        run();
        assertThat(listedSubjects.all()).extracting(subject -> subject.slug).containsExactly("biology", "chemistry");
        assertThat(Html.get("/search?q=covalent&subject=chemistry").select(".subject-filter").text()).contains("Chemistry");
        assertThat(Html.get("/").select("main").text()).contains("Chemistry");

        corpus.delete("biology/osmosis.md");
        run();
        assertThat(listedSubjects.bySlug("biology")).isEmpty();
        assertThat(searchStatus("osmosis", "biology")).as("the subject is gone with its last question").isEqualTo(400);
    }

    private static int searchStatus(String words, String subject) {
        return given().queryParam("q", words).queryParam("subject", subject).get("/search").statusCode();
    }
}
