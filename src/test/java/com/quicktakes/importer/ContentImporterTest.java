package com.quicktakes.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.catalog.Question;
import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.QuestionSummary;
import com.quicktakes.catalog.Subject;
import com.quicktakes.catalog.SubjectRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(ImporterTestProfile.class)
class ContentImporterTest {

    @Inject
    ContentImporter importer;

    @Inject
    QuestionRepository questions;

    @Inject
    SubjectRepository subjects;

    @Inject
    EntityManager em;

    @TempDir
    Path dir;

    TestCorpus corpus;

    @BeforeEach
    void emptyContent() throws IOException {
        corpus = new TestCorpus(dir);
        run(); // an empty folder: whatever an earlier test imported goes
    }

    private ImportReport run() throws IOException {
        return importer.importFrom(dir, false, (done, total) -> {
        });
    }

    private <T> T read(java.util.concurrent.Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }

    private Question question(String url) {
        return read(() -> questions.findByUrl(url).orElse(null));
    }

    private Subject subject(String slug) {
        return read(() -> subjects.findBySlug(slug).orElse(null));
    }

    @Test
    void reimportingAnUnchangedFolderRendersNothing() throws IOException {
        corpus.question("physics/a.md", "Physics", "a", "Alpha")
                .question("physics/b.md", "Physics", "b", "Beta");
        ImportReport first = run();
        assertThat(first.imported()).isEqualTo(2);
        ImportReport second = run();
        assertThat(second.imported()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(second.committed()).isTrue();
    }

    @Test
    void changedAddedAndDeletedFilesAreApplied() throws IOException {
        corpus.question("physics/a.md", "Physics", "a", "Alpha")
                .question("physics/b.md", "Physics", "b", "Beta")
                .question("chemistry/c.md", "Chemistry", "c", "Gamma");
        run();
        corpus.question("physics/a.md", "Physics", "a", "Alpha, revised")
                .question("physics/d.md", "Physics", "d", "Delta")
                .delete("physics/b.md")
                .delete("chemistry/c.md");
        ImportReport report = run();
        assertThat(report).extracting(ImportReport::imported, ImportReport::unchanged, ImportReport::removed)
                .containsExactly(2, 0, 2);
        assertThat(question("/learn/physics/questions/a").title).isEqualTo("Alpha, revised");
        assertThat(question("/learn/physics/questions/b")).isNull();
        assertThat(question("/learn/physics/questions/d")).isNotNull();
        assertThat(subject("chemistry")).as("a subject without questions is gone").isNull();
        assertThat(subject("physics").questionCount).isEqualTo(2);
    }

    @Test
    void deletedQuestionsDisappearFromListingsNewestAndRelatedLinks() throws IOException {
        corpus.question("p/a.md", "Physics", "a", "Alpha", "date: 2024-01-01")
                .question("p/b.md", "Physics", "b", "Beta", "date: 2024-02-01",
                        "related_article1:", "    url: /learn/physics/questions/a");
        run();
        Subject physics = subject("physics");
        Question beta = question("/learn/physics/questions/b");
        assertThat(read(() -> questions.related(beta))).hasSize(1);
        corpus.delete("p/a.md");
        run();
        assertThat(read(() -> questions.listing(physics, 0, 50))).extracting(QuestionSummary::url)
                .containsExactly("/learn/physics/questions/b");
        assertThat(read(() -> questions.newest(10))).extracting(QuestionSummary::url)
                .containsExactly("/learn/physics/questions/b");
        assertThat(read(() -> questions.related(beta))).isEmpty();
        assertThat(subject("physics").questionCount).isEqualTo(1);
    }

    @Test
    void readersSeeTheOldContentOrTheNewNeverAMix() throws Exception {
        for (int i = 0; i < 20; i++) {
            corpus.question("old/q" + i + ".md", "Physics", "old-" + i, "Old " + i);
        }
        run();
        for (int i = 0; i < 20; i++) {
            corpus.delete("old/q" + i + ".md");
        }
        for (int i = 0; i < 600; i++) {
            corpus.question("new/q" + i + ".md", "Physics", "new-" + i, "New " + i);
        }
        var importing = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.util.Set<Long> seen = new java.util.TreeSet<>();
        while (!importing.isDone()) {
            seen.add(read(() -> questions.count()));
        }
        seen.add(read(() -> questions.count()));
        assertThat(importing.get().imported()).isEqualTo(600);
        assertThat(seen).containsAnyOf(20L, 600L).isSubsetOf(20L, 600L);
    }

    @Test
    void aQuestionCanMoveToAnotherFile() throws IOException {
        corpus.question("old/place.md", "Physics", "moving", "Moving");
        run();
        corpus.delete("old/place.md").question("new/place.md", "Physics", "moving", "Moving");
        ImportReport report = run();
        assertThat(report.problems()).isEmpty();
        assertThat(question("/learn/physics/questions/moving").sourcePath).isEqualTo("new/place.md");
    }

    @Test
    void theSubjectShowsItsMostCommonSpelling() throws IOException {
        corpus.question("cs/a.md", "Computer science", "a", "A")
                .question("cs/b.md", "Computer Science", "b", "B")
                .question("cs/c.md", "Computer Science", "c", "C");
        run();
        assertThat(subject("computer-science").name).isEqualTo("Computer Science");
        corpus.question("cs/d.md", "Computer science", "d", "D")
                .question("cs/e.md", "Computer science", "e", "E");
        run();
        assertThat(subject("computer-science").name).isEqualTo("Computer science");
    }

    @Test
    void aTieGoesToTheSpellingOfTheFirstFileInPathOrder() throws IOException {
        corpus.question("cs/b.md", "Computer Science", "b", "B")
                .question("cs/a.md", "Computer science", "a", "A");
        run();
        assertThat(subject("computer-science").name).isEqualTo("Computer science");
    }

    @Test
    void reusedIdsAreNormal() throws IOException {
        corpus.question("physics/a.md", "Physics", "a", "Alpha")
                .question("physics/b.md", "Physics", "b", "Beta");
        ImportReport report = run();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void aRelatedArticleStartsToLinkWhenItsTargetArrives() throws IOException {
        corpus.question("physics/a.md", "Physics", "a", "Alpha",
                "related_article1:",
                "    id: 7",
                "    title: >-",
                "        Beta",
                "    subject: Physics",
                "    url: /learn/physics/questions/b");
        run();
        Question alpha = question("/learn/physics/questions/a");
        assertThat(read(() -> questions.related(alpha))).isEmpty();
        corpus.question("physics/b.md", "Physics", "b", "Beta");
        ImportReport report = run();
        assertThat(report.unchanged()).isEqualTo(1);
        List<QuestionSummary> related = read(() -> questions.related(alpha));
        assertThat(related).extracting(QuestionSummary::url).containsExactly("/learn/physics/questions/b");
    }

    @Test
    void listingPositionsAreNewestFirstAndSkipUnlistedQuestions() throws IOException {
        corpus.question("p/old.md", "Physics", "old", "Old", "date: 2020-01-01")
                .question("p/new.md", "Physics", "new", "New", "date: 2024-06-01")
                .question("p/undated.md", "Physics", "undated", "Undated", "date:")
                .question("p/hidden.md", "Physics", "hidden", "Hidden", "no_index: True");
        ImportReport report = run();
        assertThat(report.problems()).filteredOn(ImportProblem::isError).isEmpty();
        Subject physics = subject("physics");
        assertThat(physics.questionCount).isEqualTo(3);
        assertThat(read(() -> questions.listing(physics, 0, 50))).extracting(QuestionSummary::url).containsExactly(
                "/learn/physics/questions/new", "/learn/physics/questions/old", "/learn/physics/questions/undated");
        assertThat(question("/learn/physics/questions/hidden")).isNotNull();
    }

    @Test
    void aFileTheDatabaseRefusesIsReportedAndSkippedAndTheRestImports() throws IOException {
        // Every value is fitted to the schema at parse time; a constraint of this test's own stands
        // for whatever the database might still refuse.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "ALTER TABLE question ADD CONSTRAINT test_refuses CHECK (title <> 'Refused by the database')").executeUpdate());
        try {
            for (int i = 0; i < 30; i++) {
                corpus.question("physics/q" + i + ".md", "Physics", "q" + i, "Question " + i);
            }
            corpus.question("physics/q15-refused.md", "Physics", "refused", "Refused by the database");
            ImportReport report = run();

            assertThat(report.committed()).isTrue();
            assertThat(report.imported()).isEqualTo(30);
            assertThat(report.skipped()).isEqualTo(1);
            assertThat(report.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.path()).isEqualTo("physics/q15-refused.md");
                assertThat(problem.isError()).isTrue();
                assertThat(problem.message()).startsWith("the database refused this file, which is skipped");
            });
            assertThat(question("/learn/physics/questions/q29")).isNotNull();
            assertThat(question("/learn/physics/questions/refused")).isNull();
            assertThat(subject("physics").questionCount).isEqualTo(30);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "ALTER TABLE question DROP CONSTRAINT test_refuses").executeUpdate());
        }
    }
}
