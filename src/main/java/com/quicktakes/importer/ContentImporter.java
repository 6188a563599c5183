package com.quicktakes.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;

import com.quicktakes.config.SiteConfig;
import com.quicktakes.catalog.ImportEvent;
import com.quicktakes.catalog.ImportRun;
import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.RedirectRepository;
import com.quicktakes.catalog.SubjectRepository;
import com.quicktakes.importer.FilePreparer.PreparedFile;
import com.quicktakes.markdown.MarkdownRenderer;
import com.quicktakes.search.IndexUpdate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Imports a content folder into the database in one transaction: readers see the previous content
 * until the commit, and a crash before it leaves the previous content in place. Files whose hash
 * is unchanged are not read further; new and changed files are parsed and rendered by worker
 * threads ({@link FilePreparer}, {@link ReadAhead}) while this thread writes them in path order
 * ({@link ImportWriter}), so "the first file by path order" decides which of two files claiming
 * one url wins ({@link UrlClaims}). A committed import is announced with
 * {@link ImportEvent.Committed}.
 */
@ApplicationScoped
public class ContentImporter {

    private static final Logger LOG = Logger.getLogger(ContentImporter.class);
    /** Stored questions are removed this many source paths at a time. */
    private static final int DELETE_CHUNK = 500;

    @Inject
    SiteConfig config;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    StatelessSession session;

    @Inject
    QuestionRepository questions;

    @Inject
    SubjectRepository subjects;

    @Inject
    RedirectRepository redirects;

    @Inject
    ImportProblemRepository problems;

    @Inject
    ImportMetrics metrics;

    @Inject
    SearchIndexing search;

    @Inject
    Event<ImportEvent.Committed> committed;

    private final AtomicBoolean stopRequested = new AtomicBoolean();

    /** Progress as files are processed: (done, total). */
    public interface Progress {
        void update(int done, int total);
    }

    /**
     * @param strict when any file has an error, change nothing and report the errors
     */
    public ImportReport importFrom(Path contentDir, boolean strict, Progress progress) throws IOException {
        Instant started = Instant.now();
        List<String> paths = ContentTree.list(contentDir);
        ImportReport report;
        // The index's changes are prepared inside the transaction and published after its commit;
        // closing the update without publishing rolls them back.
        try (IndexUpdate searchUpdate = search.begin()) {
            boolean[] indexPrepared = { false };
            try {
                report = QuarkusTransaction.requiringNew().timeout((int) config.importTimeout().toSeconds()).call(() -> {
                    Run run = new Run(contentDir, paths, progress, searchUpdate);
                    run.execute();
                    ImportReport result = run.report(started, strict);
                    if (!result.committed()) {
                        throw new RolledBack(result);
                    }
                    indexPrepared[0] = run.prepareSearchCommit();
                    return result;
                });
            } catch (RolledBack e) {
                report = e.report;
            }
            if (indexPrepared[0]) {
                search.publish(searchUpdate);
            }
        }
        metrics.record(report);
        LOG.info(report.summary());
        if (report.committed()) {
            committed.fire(new ImportEvent.Committed());
        }
        return report;
    }

    /** On shutdown (SIGTERM, Ctrl+C), a running import stops at the next file: it rolls back and changes nothing. */
    void onShutdown(@Observes @Priority(1) ShutdownEvent event) {
        stopRequested.set(true);
    }

    /** The state of one import, inside its transaction. */
    private final class Run {
        private final Path contentDir;
        private final List<String> paths;
        private final Progress progress;
        private final IndexUpdate searchUpdate;
        private final Instant now = Instant.now();
        private final ImportWriter writer = new ImportWriter(session);
        private final Map<String, KnownFile> known;
        private final Map<String, Long> subjectIds = new HashMap<>();
        private final Set<Long> changedSubjects = new HashSet<>();
        private int imported;
        private int unchanged;
        private int removed;
        private ImportRun run;

        Run(Path contentDir, List<String> paths, Progress progress, IndexUpdate searchUpdate) {
            this.contentDir = contentDir;
            this.paths = paths;
            this.progress = progress;
            this.searchUpdate = searchUpdate;
            this.known = writer.knownFiles();
        }

        void execute() throws Exception {
            subjects.listAll().forEach(s -> subjectIds.put(s.slug, s.id));
            removeDeletedFiles();
            UrlClaims claims = new UrlClaims(known);
            FilePreparer preparer = new FilePreparer(contentDir, known, maxFileSize(), markdown, searchUpdate, now);
            ReadAhead.inOrder(paths, preparer::prepare, file -> apply(file, claims), progress, stopRequested::get);
            writer.flush();
            writer.refusedPaths().forEach(searchUpdate::delete);
            applyRedirectsFile();
            changedSubjects.forEach(subjects::refresh);
            if (!changedSubjects.isEmpty()) {
                questions.renumberNewest();
                questions.markSharedTexts();
            }
        }

        private void removeDeletedFiles() {
            Set<String> present = new HashSet<>(paths);
            List<String> deleted = known.keySet().stream().filter(p -> !present.contains(p)).sorted().toList();
            for (int from = 0; from < deleted.size(); from += DELETE_CHUNK) {
                List<String> chunk = deleted.subList(from, Math.min(deleted.size(), from + DELETE_CHUNK));
                removed += removeQuestions(chunk);
                chunk.forEach(searchUpdate::delete);
                writer.deleteFiles(chunk);
            }
            deleted.forEach(known::remove);
        }

        /** Runs on the import thread, in path order. */
        private void apply(PreparedFile file, UrlClaims claims) {
            if (file.unchanged()) {
                Optional<String> owner = claims.claim(file.knownUrl(), file.path());
                if (owner.isEmpty()) {
                    unchanged++;
                    return;
                }
                // An earlier file now claims this url: this one loses it.
                removeQuestions(claims.questionsToRemove(file.path(), null));
                searchUpdate.delete(file.path());
                saveFile(file.path(), file.sha256(), file.knownUrl(), List.of(duplicateUrl(file.path(), file.knownUrl(), owner.get())));
                return;
            }
            List<ImportProblem> fileProblems = new ArrayList<>(file.problems());
            QuestionRows question = file.question();
            String claimedUrl = question == null ? null : question.parsed().url();
            if (question != null) {
                Optional<String> owner = claims.claim(claimedUrl, file.path());
                if (owner.isPresent()) {
                    fileProblems.add(duplicateUrl(file.path(), claimedUrl, owner.get()));
                    question = null;
                }
            }
            removeQuestions(claims.questionsToRemove(file.path(), question == null ? null : claimedUrl));
            if (question != null) {
                ParsedQuestion parsed = question.parsed();
                Long subjectId = subjectIds.computeIfAbsent(parsed.address().subjectSlug(),
                        slug -> subjects.create(slug, parsed.subjectName(), now).id);
                question.question().subjectId = subjectId;
                changedSubjects.add(subjectId);
                writer.addQuestion(question);
                imported++;
            } else {
                searchUpdate.delete(file.path()); // its former document, or the one its worker put before it lost its url
            }
            saveFile(file.path(), file.sha256(), claimedUrl, fileProblems);
        }

        /**
         * Deletes the stored questions of these files, and notes their subjects as changed. Their
         * search documents are replaced or deleted when each file's turn comes (a deleted file's
         * in {@link #removeDeletedFiles}).
         */
        private int removeQuestions(List<String> sourcePaths) {
            if (sourcePaths.isEmpty()) {
                return 0;
            }
            changedSubjects.addAll(questions.subjectIdsOfSources(sourcePaths));
            return questions.deleteBySourcePaths(sourcePaths);
        }

        private void saveFile(String path, String sha256, String url, List<ImportProblem> fileProblems) {
            writer.saveFile(path, sha256, url, fileProblems, known.containsKey(path));
        }

        /** Replaces the redirects with those of the content folder's redirects file, if it has one. */
        private void applyRedirectsFile() throws IOException {
            RedirectsFile.Read read = RedirectsFile.read(contentDir, maxFileSize());
            redirects.replaceAll(read.redirects());
            if (read.sha256() != null) {
                saveFile(RedirectsFile.NAME, read.sha256(), null, read.problems());
                writer.flush();
            }
        }

        ImportReport report(Instant started, boolean strict) {
            List<ImportProblem> current = problems.all();
            run = new ImportRun();
            run.startedAt = started;
            run.finishedAt = Instant.now();
            run.contentDir = contentDir.toString();
            run.files = paths.size();
            run.imported = imported - writer.refusedPaths().size();
            run.unchanged = unchanged;
            run.removed = removed;
            run.skipped = (int) current.stream().filter(ImportProblem::isError).map(ImportProblem::path).distinct().count();
            run.warnings = (int) current.stream().filter(p -> !p.isError()).count();
            run.changedContent = !changedSubjects.isEmpty();
            boolean commits = !(strict && run.skipped > 0);
            if (commits) {
                writer.insertRun(run);
            }
            return ImportReport.of(run, current, commits);
        }

        /**
         * Prepares the index's commit, tagged with the content version this import makes (its run's
         * id), when it changed content; an unchanged index is left as it is.
         */
        boolean prepareSearchCommit() {
            if (!run.changedContent) {
                return false;
            }
            searchUpdate.prepareCommit(run.id);
            return true;
        }
    }

    private static ImportProblem duplicateUrl(String path, String url, String owner) {
        return ImportProblem.error(path, null, "duplicate url " + url + ": already used by " + owner
                + ", which comes first in path order and wins");
    }

    private int maxFileSize() {
        return (int) Math.min(Integer.MAX_VALUE - 8, config.maxFileSize().asLongValue());
    }

    /** Ends the import transaction with a rollback and the report that explains it. */
    private static final class RolledBack extends RuntimeException {
        final transient ImportReport report;

        RolledBack(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }
}
