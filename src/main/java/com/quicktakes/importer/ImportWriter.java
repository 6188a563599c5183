package com.quicktakes.importer;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.PersistenceException;

import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(ImportWriter.class);
    /** Files whose rows are written together, in one JDBC batch per table. */
    private static final int BATCH = 200;

    private final StatelessSession session;
    private final List<QuestionRows> questions = new ArrayList<>();
    private final List<ContentFile> files = new ArrayList<>();
    private final List<StoredProblem> problems = new ArrayList<>();
    private final List<String> refusedPaths = new ArrayList<>();
    private int savepoints;

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

    /**
     * Inserts the rows waiting, one JDBC batch per table. The import checks every value against
     * the schema before it gets here; should the database still refuse a row, the batch is undone
     * to a savepoint and written again file by file, and the file it refuses is reported and
     * skipped: one bad file never costs the import.
     */
    void flush() {
        if (questions.isEmpty() && files.isEmpty() && problems.isEmpty()) {
            return;
        }
        String whole = savepoint();
        try {
            insert(questions, files, problems);
        } catch (PersistenceException refused) {
            rollbackTo(whole);
            insertFileByFile();
        }
        questions.clear();
        files.clear();
        problems.clear();
    }

    /** The files whose question rows the database refused in this import: their questions were not written. */
    List<String> refusedPaths() {
        return refusedPaths;
    }

    private void insertFileByFile() {
        Set<String> paths = new LinkedHashSet<>();
        questions.forEach(q -> paths.add(q.question().sourcePath));
        files.forEach(f -> paths.add(f.path));
        problems.forEach(p -> paths.add(p.path));
        for (String path : paths) {
            List<QuestionRows> fileQuestions = questions.stream().filter(q -> q.question().sourcePath.equals(path)).toList();
            List<ContentFile> fileRow = files.stream().filter(f -> f.path.equals(path)).toList();
            List<StoredProblem> fileProblems = problems.stream().filter(p -> p.path.equals(path)).toList();
            String one = savepoint();
            try {
                insert(fileQuestions, fileRow, fileProblems);
            } catch (PersistenceException refused) {
                rollbackTo(one);
                LOG.errorf("the database refused the rows of %s: %s", path, refused.getMessage());
                fileQuestions.forEach(q -> refusedPaths.add(path));
                markRefused(path, fileRow, fileProblems, refused);
            }
        }
    }

    /** The refused file is kept as one with an error, so it is reported, and read again by the next import. */
    private void markRefused(String path, List<ContentFile> fileRow, List<StoredProblem> fileProblems, RuntimeException refused) {
        List<StoredProblem> kept = new ArrayList<>(fileProblems);
        kept.add(StoredProblem.of(ImportProblem.error(path, null, "the database refused this file, which is skipped: "
                + rootMessage(refused)), fileProblems.size()));
        if (fileRow.isEmpty()) {
            session.createMutationQuery("update ContentFile set url = null, hasErrors = true where path = ?1")
                    .setParameter(1, path).executeUpdate();
        } else {
            ContentFile file = fileRow.get(0);
            file.url = null;
            file.hasErrors = true;
            session.insert(file);
        }
        kept.forEach(session::insert);
    }

    private void insert(List<QuestionRows> questionRows, List<ContentFile> fileRows, List<StoredProblem> problemRows) {
        // Questions first: their generated ids key the answers, related articles and aliases.
        session.insertMultiple(questionRows.stream().map(QuestionRows::question).toList());
        List<Answer> answers = new ArrayList<>(questionRows.size());
        List<RelatedArticle> related = new ArrayList<>();
        List<Alias> aliases = new ArrayList<>();
        for (QuestionRows question : questionRows) {
            question.linkTo(question.question().id);
            answers.add(question.answer());
            related.addAll(question.related());
            aliases.addAll(question.aliases());
        }
        session.insertMultiple(answers);
        session.insertMultiple(related);
        session.insertMultiple(aliases);
        session.insertMultiple(fileRows);
        session.insertMultiple(problemRows);
    }

    /**
     * A savepoint, set and rolled back to in SQL: the pool refuses {@code Connection.rollback}
     * while the connection takes part in the import's transaction.
     */
    private String savepoint() {
        String name = "import_" + (++savepoints);
        session.doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SAVEPOINT " + name);
            }
        });
        return name;
    }

    private void rollbackTo(String savepoint) {
        session.doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ROLLBACK TO SAVEPOINT " + savepoint);
            }
        });
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
