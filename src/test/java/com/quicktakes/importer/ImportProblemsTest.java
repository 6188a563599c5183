package com.quicktakes.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.catalog.Question;
import com.quicktakes.catalog.QuestionRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every kind of bad file in {@code src/test/resources/import-cases}: the exact problem, and the rest imports. */
@QuarkusTest
@TestProfile(ImporterTestProfile.class)
class ImportProblemsTest {

    private static final Path CASES = Path.of("src/test/resources/import-cases");

    @Inject
    ContentImporter importer;

    @Inject
    QuestionRepository questions;

    @TempDir
    Path dir;

    ImportReport report;

    @BeforeEach
    void importTheCases() throws IOException {
        try (Stream<Path> files = Files.walk(CASES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(CASES.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        // Over the test profile's 64 KiB limit (the default is 1 MiB).
        new TestCorpus(dir).question("errors/oversized.md", "Physics", "oversized", "Oversized", "padding: >-",
                "    " + "x".repeat(70_000));
        report = importer.importFrom(dir, false, (done, total) -> {
        });
    }

    private Question question(String url) {
        return QuarkusTransaction.requiringNew().call(() -> questions.findByUrl(url).orElse(null));
    }

    @Test
    void everyProblemNamesItsFileLineSeverityAndCause() {
        assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
                "dup/b-second.md: error: duplicate url /learn/physics/questions/the-same-url: already used by dup/a-first.md, which comes first in path order and wins",
                "errors/alias-bomb.md: error: invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=0",
                "errors/bad-yaml.md:6: error: invalid YAML: while parsing a flow sequence: expected ',' or ']', but got :",
                "errors/deep-nesting.md: error: invalid YAML: collections nested too deeply",
                "errors/duplicate-key.md:4: error: duplicate key 'title'",
                "errors/empty-answer.md:6: error: the answer is empty and the body has no text",
                "errors/invalid-utf8.md:5: error: not valid UTF-8: byte 0xE9 at offset 85 cannot be decoded",
                "errors/list-front-matter.md:2: error: the front matter is not a mapping of keys to values",
                "errors/never-closed.md:1: error: the front matter opened on line 1 is never closed by a line '---'",
                "errors/no-answer.md:2: error: required field missing: 'answer' and the body has no text",
                "errors/no-front-matter.md:1: error: no front matter: the first line must be '---'",
                "errors/no-subject.md:2: error: required field missing: 'subject'",
                "errors/no-title.md:2: error: required field missing: 'title' (or 'question')",
                "errors/oversized.md: error: the file is 70182 bytes, over the limit of 65536 bytes (site.max-file-size)",
                "errors/zero-bytes.md: error: the file is empty (0 bytes)",
                "warnings/invalid-date.md:9: warning: invalid date '2025-13-45' (expected YYYY-MM-DD); no date is shown",
                "warnings/no-url.md:2: warning: no 'url'; using /learn/physics/questions/no-url-at-all",
                "warnings/score-text.md:9: warning: 'score' is not a number ('high'); using -1.0",
                "warnings/untranslatable-date-format.md:10: warning: date_format 'MMM DD, YYYY HH:mm' has tokens that cannot be translated; showing the ISO date",
                "warnings/url-subject-mismatch.md:5: warning: the url's subject 'physics' differs from subject 'Chemistry' (chemistry); the url wins");
    }

    @Test
    void theRestImports() {
        assertThat(report).extracting(ImportReport::files, ImportReport::skipped, ImportReport::warnings)
                .containsExactly(26, 15, 5);
        assertThat(report.imported() + report.unchanged()).as("imported now or by an earlier test").isEqualTo(11);
        assertThat(question("/learn/physics/questions/the-same-url").title).isEqualTo("The first file with this url");
        assertThat(question("/learn/physics/questions/bom-crlf").title).isEqualTo("Byte order mark and CRLF");
        assertThat(question("/learn/physics/questions/unknown-keys")).isNotNull();
        assertThat(question("/learn/physics/questions/shared-id-one").exportId)
                .isEqualTo(question("/learn/physics/questions/shared-id-two").exportId);
        assertThat(question("/learn/physics/questions/which-subject-wins").subjectName).isEqualTo("Chemistry");
        assertThat(question("/learn/physics/questions/invalid-date").published).isNull();
        assertThat(question("/learn/physics/questions/untranslatable-date-format").publishedText).isEqualTo("2025-02-08");
        assertThat(question("/learn/physics/questions/score-text").score).isEqualTo(-1.0);
    }

    @Test
    void dozensOfRelatedArticlesAreKeptDeduplicatedWithoutSelf() {
        Question question = question("/learn/physics/questions/dozens-of-related");
        var urls = QuarkusTransaction.requiringNew().call(() -> questions.getEntityManager()
                .createQuery("select r.targetUrl from RelatedArticle r where r.questionId = ?1 order by r.position", String.class)
                .setParameter(1, question.id).getResultList());
        assertThat(urls).containsExactly("/learn/physics/questions/target-1", "/learn/physics/questions/target-2",
                "/learn/physics/questions/target-4", "/learn/physics/questions/target-5",
                "/learn/physics/questions/target-6", "/learn/physics/questions/target-0",
                "/learn/physics/questions/target-3");
    }
}
