package com.quicktakes.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;

import com.quicktakes.SiteConfig;
import com.quicktakes.catalog.Alias;
import com.quicktakes.catalog.Answer;
import com.quicktakes.catalog.Deflated;
import com.quicktakes.catalog.Question;
import com.quicktakes.catalog.QuestionRepository;
import com.quicktakes.catalog.RedirectRepository;
import com.quicktakes.catalog.RelatedArticle;
import com.quicktakes.catalog.SubjectRepository;
import com.quicktakes.markdown.MarkdownRenderer;
import com.quicktakes.markdown.RenderedMarkdown;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Imports a content folder into the database in one transaction: readers see the previous content
 * until the commit, and a crash before it leaves the previous content in place. Files whose hash
 * is unchanged are not read further; new and changed files are parsed and rendered by worker
 * threads while this thread writes, in path order, so "the first file by path order" decides
 * which of two files claiming one url wins. Rows are written through a stateless session in
 * batches: an import is a bulk load, with no use for a persistence context.
 */
@ApplicationScoped
public class ContentImporter {

    private static final Logger LOG = Logger.getLogger(ContentImporter.class);
    /** Files whose rows are written together, in one JDBC batch per table. */
    private static final int BATCH = 200;
    /** Descriptions fall back to the start of the answer, cut near this length. */
    private static final int DESCRIPTION_LENGTH = 155;

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
    ImportHistory history;

    @Inject
    ContentStatus status;

    @Inject
    MeterRegistry metrics;

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
        try {
            report = QuarkusTransaction.requiringNew().timeout((int) config.importTimeout().toSeconds()).call(() -> {
                Run run = new Run(contentDir, paths, progress);
                run.execute();
                ImportReport result = run.report(started, strict);
                if (!result.committed()) {
                    throw new RolledBack(result);
                }
                return result;
            });
        } catch (RolledBack e) {
            report = e.report;
        }
        record(report);
        LOG.info(report.summary());
        if (report.committed()) {
            status.refresh(); // readiness and page caches move to the new content
        }
        return report;
    }

    /** Import metrics: how long imports take, and what they did with the files. */
    private void record(ImportReport report) {
        Timer.builder("quicktakes.import.duration").description("Content imports, committed or not")
                .tag("committed", String.valueOf(report.committed())).register(metrics)
                .record(Duration.ofMillis((long) (report.seconds() * 1000)));
        countFiles("imported", report.imported());
        countFiles("unchanged", report.unchanged());
        countFiles("removed", report.removed());
        countFiles("skipped", report.skipped());
    }

    private void countFiles(String outcome, long files) {
        Counter.builder("quicktakes.import.files").description("Content files by what an import did with them")
                .tag("outcome", outcome).register(metrics).increment(files);
    }

    /** On shutdown (SIGTERM, Ctrl+C), a running import stops at the next file: it rolls back and changes nothing. */
    void onShutdown(@Observes @Priority(1) ShutdownEvent event) {
        stopRequested.set(true);
    }

    /** The outcome of reading one file, produced by a worker thread. */
    private record Prepared(String path, String sha256, boolean unchanged, String knownUrl, NewQuestion question,
            List<ImportProblem> problems) {
    }

    /** A question ready to insert but for its ids, built by a worker thread. */
    private record NewQuestion(ParsedQuestion parsed, Question row, Answer answer, List<RelatedArticle> related,
            List<Alias> aliases) {
    }

    private record KnownFile(String sha256, String url, boolean hasErrors) {
    }

    /** The state of one import, inside its transaction. */
    private final class Run {
        private final Path contentDir;
        private final List<String> paths;
        private final Progress progress;
        private final ContentFileParser parser;
        private final Instant now = Instant.now();
        /** The files of the previous import; read by the workers, so never changed once they start. */
        private final Map<String, KnownFile> known = new HashMap<>();
        /** url → path of the file whose question holds it in the database. */
        private final Map<String, String> storedOwners = new HashMap<>();
        /** Paths whose stored question this import has already deleted. */
        private final Set<String> questionRemoved = new HashSet<>();
        /** url → path of the file that claimed it in this import. */
        private final Map<String, String> claims = new HashMap<>();
        private final Map<String, Long> subjectIds = new HashMap<>();
        private final Set<Long> changedSubjects = new HashSet<>();
        private final Batch batch = new Batch();
        private int imported;
        private int unchanged;
        private int removed;

        Run(Path contentDir, List<String> paths, Progress progress) {
            this.contentDir = contentDir;
            this.paths = paths;
            this.progress = progress;
            this.parser = new ContentFileParser(maxFileSize());
        }

        void execute() throws Exception {
            loadKnownFiles();
            subjects.listAll().forEach(s -> subjectIds.put(s.slug, s.id));
            removeDeletedFiles();
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
                Thread thread = new Thread(r, "content-import-worker");
                thread.setDaemon(true);
                return thread;
            });
            try {
                // A bounded window of files in flight: workers read ahead, this thread writes in order.
                Deque<Future<Prepared>> window = new ArrayDeque<>();
                int done = 0;
                for (String path : paths) {
                    window.add(workers.submit(() -> prepare(path)));
                    if (window.size() >= threads * 16) {
                        apply(take(window));
                        progress.update(++done, paths.size());
                    }
                }
                while (!window.isEmpty()) {
                    apply(take(window));
                    progress.update(++done, paths.size());
                }
            } finally {
                workers.shutdownNow();
            }
            batch.write();
            applyRedirectsFile();
            changedSubjects.forEach(subjects::refresh);
            if (!changedSubjects.isEmpty()) {
                questions.renumberNewest();
                questions.markSharedTexts();
            }
        }

        private Prepared take(Deque<Future<Prepared>> window) throws InterruptedException, ExecutionException {
            if (stopRequested.get()) {
                throw new ImportStoppedException();
            }
            return window.poll().get();
        }

        private void loadKnownFiles() {
            session.createSelectionQuery("from ContentFile", ContentFile.class).getResultStream().forEach(file -> {
                known.put(file.path, new KnownFile(file.sha256, file.url, file.hasErrors));
                if (!file.hasErrors && file.url != null) {
                    storedOwners.put(file.url, file.path);
                }
            });
        }

        private void removeDeletedFiles() {
            Set<String> present = new HashSet<>(paths);
            List<String> deleted = known.keySet().stream().filter(p -> !present.contains(p)).sorted().toList();
            for (int from = 0; from < deleted.size(); from += 500) {
                List<String> chunk = deleted.subList(from, Math.min(deleted.size(), from + 500));
                changedSubjects.addAll(questions.subjectIdsOfSources(chunk));
                removed += questions.deleteBySourcePaths(chunk);
                session.createMutationQuery("delete from ContentFile where path in ?1").setParameter(1, chunk).executeUpdate();
            }
            deleted.forEach(path -> {
                KnownFile file = known.remove(path);
                if (file.url != null) {
                    storedOwners.remove(file.url, path);
                }
            });
        }

        /** Replaces the redirects with those of the content folder's redirects file, if it has one. */
        private void applyRedirectsFile() throws IOException {
            Path file = contentDir.resolve(RedirectsFile.NAME);
            if (!Files.isRegularFile(file)) {
                redirects.replaceAll(Map.of());
                return;
            }
            List<ImportProblem> problems = new ArrayList<>();
            Map<String, String> entries = Map.of();
            String sha = "size:" + Files.size(file);
            if (Files.size(file) > maxFileSize()) {
                problems.add(ImportProblem.error(RedirectsFile.NAME, null, "the file is over the limit of " + maxFileSize() + " bytes"));
            } else {
                byte[] bytes = Files.readAllBytes(file);
                sha = sha256(bytes);
                entries = RedirectsFile.parse(new String(bytes, StandardCharsets.UTF_8), problems);
            }
            redirects.replaceAll(entries);
            saveFile(RedirectsFile.NAME, sha, null, problems);
            batch.write();
        }

        /** Runs on a worker thread: reads, parses and renders one file; no database access here. */
        private Prepared prepare(String path) throws IOException {
            Path file = contentDir.resolve(path);
            long size = Files.size(file);
            if (size > maxFileSize()) {
                return new Prepared(path, "size:" + size, false, null, null, List.of(ImportProblem.error(path, null,
                        "the file is " + size + " bytes, over the limit of " + maxFileSize() + " bytes (site.max-file-size)")));
            }
            byte[] bytes = Files.readAllBytes(file);
            String sha = sha256(bytes);
            KnownFile before = known.get(path);
            if (before != null && before.sha256.equals(sha) && !before.hasErrors) {
                return new Prepared(path, sha, true, before.url, null, List.of());
            }
            ContentFileParser.Result result = parser.parse(path, bytes);
            NewQuestion question = result.question() == null ? null : build(path, result.question());
            return new Prepared(path, sha, false, null, question, result.problems());
        }

        private NewQuestion build(String path, ParsedQuestion parsed) {
            RenderedMarkdown rendered = markdown.render(parsed.answerMarkdown());
            Question row = new Question();
            row.url = parsed.url();
            row.slug = parsed.slug();
            row.subjectName = parsed.subjectName();
            row.sourcePath = path;
            row.exportId = parsed.exportId();
            row.title = parsed.title();
            row.articleTitle = parsed.articleTitle();
            row.questionText = parsed.questionText();
            row.seoTitle = parsed.seoTitle();
            row.description = parsed.description() != null ? parsed.description() : excerpt(rendered.textStart());
            row.keywords = parsed.keywords();
            row.author = parsed.author();
            row.published = parsed.published();
            row.publishedText = parsed.publishedText();
            row.postOnText = parsed.postOnText();
            row.score = parsed.score();
            row.noIndex = parsed.noIndex();
            row.hasMath = rendered.hasMath();
            row.readingMinutes = rendered.minutes();
            row.updatedAt = now;
            Answer answer = new Answer();
            answer.markdownDeflated = Deflated.deflate(parsed.answerMarkdown());
            answer.htmlDeflated = Deflated.deflate(rendered.html());
            answer.contents = rendered.contents();
            List<RelatedArticle> related = new ArrayList<>(parsed.related().size());
            for (ParsedQuestion.Related entry : parsed.related()) {
                RelatedArticle article = new RelatedArticle();
                article.position = related.size();
                article.targetUrl = entry.url();
                article.title = entry.title();
                article.subjectName = entry.subjectName();
                article.exportId = entry.exportId();
                related.add(article);
            }
            List<Alias> aliases = new ArrayList<>(parsed.aliases().size());
            for (String aliasPath : parsed.aliases()) {
                Alias alias = new Alias();
                alias.path = aliasPath;
                aliases.add(alias);
            }
            return new NewQuestion(parsed, row, answer, related, aliases);
        }

        /** Runs on the import thread, in path order. */
        private void apply(Prepared file) {
            if (file.unchanged()) {
                String owner = claims.putIfAbsent(file.knownUrl(), file.path());
                if (owner == null) {
                    unchanged++;
                    return;
                }
                // An earlier file now claims this url: this one loses it.
                removeQuestionOf(file.path(), null);
                saveFile(file.path(), file.sha256(), file.knownUrl(), List.of(duplicateUrl(file.path(), file.knownUrl(), owner)));
                return;
            }
            List<ImportProblem> problems = new ArrayList<>(file.problems());
            NewQuestion question = file.question();
            String claimedUrl = question == null ? null : question.parsed().url();
            if (question != null) {
                String owner = claims.putIfAbsent(claimedUrl, file.path());
                if (owner != null) {
                    problems.add(duplicateUrl(file.path(), claimedUrl, owner));
                    question = null;
                }
            }
            removeQuestionOf(file.path(), question == null ? null : claimedUrl);
            if (question != null) {
                Long subjectId = subjectIds.computeIfAbsent(question.parsed().subjectSlug(),
                        slug -> subjects.create(slug, file.question().parsed().subjectName(), now).id);
                question.row().subjectId = subjectId;
                changedSubjects.add(subjectId);
                batch.questions.add(question);
                imported++;
            }
            saveFile(file.path(), file.sha256(), claimedUrl, problems);
            if (batch.questions.size() + batch.files.size() >= BATCH) {
                batch.write();
            }
        }

        private ImportProblem duplicateUrl(String path, String url, String owner) {
            return ImportProblem.error(path, null, "duplicate url " + url + ": already used by " + owner
                    + ", which comes first in path order and wins");
        }

        /** Deletes the question this file had, and any question of a later file holding {@code url}. */
        private void removeQuestionOf(String path, String url) {
            List<String> sources = new ArrayList<>(2);
            KnownFile before = known.get(path);
            if (before != null && !before.hasErrors && questionRemoved.add(path)) {
                sources.add(path);
                storedOwners.remove(before.url, path);
            }
            String urlOwner = url == null ? null : storedOwners.remove(url);
            if (urlOwner != null && questionRemoved.add(urlOwner)) {
                // The later file loses its question now; it reports the duplicate when its turn comes.
                sources.add(urlOwner);
            }
            if (!sources.isEmpty()) {
                changedSubjects.addAll(questions.subjectIdsOfSources(sources));
                questions.deleteBySourcePaths(sources);
            }
        }

        private void saveFile(String path, String sha256, String url, List<ImportProblem> problems) {
            boolean hasErrors = problems.stream().anyMatch(ImportProblem::isError);
            if (known.containsKey(path)) {
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
                batch.files.add(file);
            }
            for (int i = 0; i < problems.size(); i++) {
                batch.problems.add(StoredProblem.of(problems.get(i), i));
            }
        }

        ImportReport report(Instant started, boolean strict) {
            List<ImportProblem> problems = history.problems();
            int skipped = (int) problems.stream().filter(ImportProblem::isError).map(ImportProblem::path).distinct().count();
            int warnings = (int) problems.stream().filter(p -> !p.isError()).count();
            boolean committed = !(strict && skipped > 0);
            Instant finished = Instant.now();
            if (committed) {
                ImportRun run = new ImportRun();
                run.startedAt = started;
                run.finishedAt = finished;
                run.contentDir = contentDir.toString();
                run.files = paths.size();
                run.imported = imported;
                run.unchanged = unchanged;
                run.removed = removed;
                run.skipped = skipped;
                run.warnings = warnings;
                run.changedContent = !changedSubjects.isEmpty();
                session.insert(run);
            }
            double seconds = Duration.between(started, finished).toMillis() / 1000.0;
            return new ImportReport(contentDir.toString(), paths.size(), imported, unchanged, removed, skipped, warnings,
                    seconds, problems, committed);
        }
    }

    /** Rows waiting to be inserted, one JDBC batch per table. */
    private final class Batch {
        final List<NewQuestion> questions = new ArrayList<>();
        final List<ContentFile> files = new ArrayList<>();
        final List<StoredProblem> problems = new ArrayList<>();

        void write() {
            // Questions first: their generated ids key the answers and related articles.
            session.insertMultiple(questions.stream().map(NewQuestion::row).toList());
            List<Answer> answers = new ArrayList<>(questions.size());
            List<RelatedArticle> related = new ArrayList<>();
            List<Alias> aliases = new ArrayList<>();
            for (NewQuestion question : questions) {
                question.answer().questionId = question.row().id;
                answers.add(question.answer());
                question.related().forEach(article -> article.questionId = question.row().id);
                related.addAll(question.related());
                question.aliases().forEach(alias -> alias.questionId = question.row().id);
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

    private int maxFileSize() {
        return (int) Math.min(Integer.MAX_VALUE - 8, config.maxFileSize().asLongValue());
    }

    /** The start of the answer's text, cut at a word, for pages without a description of their own. */
    static String excerpt(String flat) {
        if (flat.length() <= DESCRIPTION_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return flat.substring(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends the import transaction with a rollback and the report that explains it. */
    private static final class RolledBack extends RuntimeException {
        final transient ImportReport report;

        RolledBack(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /** Thrown inside the import transaction when a stop was requested, so the transaction rolls back. */
    public static final class ImportStoppedException extends RuntimeException {
        ImportStoppedException() {
            super("the import was stopped before it finished; nothing changed");
        }
    }
}
