package com.quicktakes.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.catalog.AnswerRepository;
import com.quicktakes.catalog.Question;
import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.SubjectRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A page is read in one transaction (web.PageCache), and a transaction reads one version of the
 * content: an import that commits while a page is being read, replacing the question it shows,
 * cannot make the page's later reads find nothing.
 */
@QuarkusTest
@TestProfile(ImporterTestProfile.class)
class ReadsDuringImportTest {

    private static final String URL = "/learn/physics/questions/a";

    @Inject
    ContentImporter importer;

    @Inject
    QuestionRepository questions;

    @Inject
    AnswerRepository answers;

    @Inject
    SubjectRepository subjects;

    @TempDir
    Path dir;

    TestCorpus corpus;
    final ExecutorService importThread = Executors.newSingleThreadExecutor();

    @BeforeEach
    void oneQuestion() throws Exception {
        corpus = new TestCorpus(dir);
        corpus.question("physics/a.md", "Physics", "a", "Alpha");
        importInTheBackground();
    }

    @AfterEach
    void stop() {
        importThread.shutdown();
    }

    private void importInTheBackground() throws Exception {
        importThread.submit(() -> importer.importFrom(dir, false, (done, total) -> {
        })).get();
    }

    @Test
    void aTransactionKeepsReadingTheContentAsItWasWhenItBegan() throws Exception {
        QuarkusTransaction.begin();
        try {
            Question shown = questions.findByUrl(URL).orElseThrow();

            // The file is edited and imported: its question is deleted and inserted again, with a new id.
            corpus.question("physics/a.md", "Physics", "a", "Alpha, edited");
            corpus.question("physics/b.md", "Physics", "b", "Beta");
            importInTheBackground();

            assertThat(answers.findById(shown.id)).as("the shown question's answer, read after the commit").isNotNull();
            assertThat(subjects.findBySlug("physics").orElseThrow().questionCount).as("questions in the subject").isEqualTo(1);
        } finally {
            QuarkusTransaction.rollback();
        }
        Question now = QuarkusTransaction.requiringNew().call(() -> questions.findByUrl(URL).orElseThrow());
        assertThat(now.title).as("the next transaction reads the new content").isEqualTo("Alpha, edited");
        assertThat(QuarkusTransaction.requiringNew().call(() -> subjects.findBySlug("physics").orElseThrow().questionCount)).isEqualTo(2);
    }
}
