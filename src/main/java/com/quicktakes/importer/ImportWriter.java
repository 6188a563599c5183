package com.quicktakes.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.StatelessSession;

import com.quicktakes.catalog.Alias;
import com.quicktakes.catalog.Answer;
import com.quicktakes.catalog.ImportRun;
import com.quicktakes.catalog.RelatedArticle;

/**
 * Writes an import's own rows (questions with their answers, related articles and aliases; the
 * content files with their problems) inside the import transaction. An import is a bulk load, so
 * it writes through a {@link StatelessSession} in JDBC batches: with a persistence context the
 * first version spent as much time in Hibernate as in H2 (docs/performance.md). Everything
 * else uses the Panache repositories.
 */
final class ImportWriter {

    /** Files whose rows are written together, in one JDBC batch per table. */
    private static final int BATCH = 200;

    private final StatelessSession session;
    private final List<QuestionRows> questions = new ArrayList<>();
    private final List<ContentFile> files = new ArrayList<>();
    private final List<StoredProblem> problems = new ArrayList<>();

    ImportWriter(StatelessSession session) {
        this.session = session;
    }

    /** The files of the previous import, by path. */
    Map<String, KnownFile> knownFiles() {
        Map<String, KnownFile> known = new HashMap<>();
        session.createSelectionQuery("from ContentFile", ContentFile.class).getResultStream()
                .forEach(file -> known.put(file.path, new KnownFile(file.sha256, file.url, file.hasErrors)));
        return known;
    }

    void deleteFiles(List<String> paths) {
        session.createMutationQuery("delete from ContentFile where path in ?1").setParameter(1, paths).executeUpdate();
    }

    void addQuestion(QuestionRows question) {
        questions.add(question);
    }

    /**
     * Records what this import saw of a file, replacing what the previous one saw. The last
     * step for each file written, so this is where a full batch goes to the database.
     *
     * @param knownBefore whether the previous import saw the file (its row is updated, not inserted)
     */
    void saveFile(String path, String sha256, String url, List<ImportProblem> fileProblems, boolean knownBefore) {
        boolean hasErrors = fileProblems.stream().anyMatch(ImportProblem::isError);
        if (knownBefore) {
            session.createMutationQuery("delete from StoredProblem where path = ?1").setParameter(1, path).executeUpdate();
            session.createMutationQuery("update ContentFile set sha256 = ?1, url = ?2, hasErrors = ?3 where path = ?4")
                    .setParameter(1, sha256).setParameter(2, url).setParameter(3, hasErrors).setParameter(4, path)
                    .executeUpdate();
        } else {
            ContentFile file = new ContentFile();
            file.path = path;
            file.sha256 = sha256;
            file.url = url;
            file.hasErrors = hasErrors;
            files.add(file);
        }
        for (int i = 0; i < fileProblems.size(); i++) {
            problems.add(StoredProblem.of(fileProblems.get(i), i));
        }
        flushWhenFull();
    }

    void insertRun(ImportRun run) {
        session.insert(run);
    }

    private void flushWhenFull() {
        if (questions.size() + files.size() >= BATCH) {
            flush();
        }
    }

    /** Inserts the rows waiting, one JDBC batch per table. */
    void flush() {
        // Questions first: their generated ids key the answers, related articles and aliases.
        session.insertMultiple(questions.stream().map(QuestionRows::question).toList());
        List<Answer> answers = new ArrayList<>(questions.size());
        List<RelatedArticle> related = new ArrayList<>();
        List<Alias> aliases = new ArrayList<>();
        for (QuestionRows question : questions) {
            question.linkTo(question.question().id);
            answers.add(question.answer());
            related.addAll(question.related());
            aliases.addAll(question.aliases());
        }
        session.insertMultiple(answers);
        session.insertMultiple(related);
        session.insertMultiple(aliases);
        session.insertMultiple(files);
        session.insertMultiple(problems);
        questions.clear();
        files.clear();
        problems.clear();
    }
}
