package com.quicktakes.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import com.quicktakes.markdown.MarkdownRenderer;

/**
 * Indexing and query figures on a generated corpus; not a test. Run by src/benchmark/search-benchmark.sh:
 * {@code java -cp … com.quicktakes.search.SearchBenchmark CORPUS_DIR INDEX_DIR}. Reads every *.md,
 * renders its answer and extracts its text as the importer would, then indexes all of it on disk,
 * re-opens it, runs queries made of title words (a fifth with a typo, some filtered by subject,
 * some on page 2) on one thread and then on two, and finally an incremental update. CPU times are
 * printed beside wall times: on a shared machine they are the steadier figure.
 */
public final class SearchBenchmark {

    private static final int QUERIES = 5_000;
    private static final long THROUGHPUT_MILLIS = 10_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of the whole JVM (all threads, GC and JIT included), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path indexDir = Path.of(args[1]);
        List<SearchDocument> documents = read(corpus);
        deleteRecursively(indexDir);

        analysisFloor(documents);
        long start = System.nanoTime();
        long startCpu = processCpu();
        try (SearchIndex index = SearchIndex.onDisk(indexDir); IndexUpdate update = index.update()) {
            long putStart = System.nanoTime();
            long putCpu = THREADS.getCurrentThreadCpuTime();
            documents.forEach(update::put);
            long putNanos = System.nanoTime() - putStart;
            putCpu = THREADS.getCurrentThreadCpuTime() - putCpu;
            long commitStart = System.nanoTime();
            update.commit(1);
            long commitNanos = System.nanoTime() - commitStart;
            System.out.printf("index %d documents: put %.1f s (%.0f µs/doc; CPU of the putting thread %.0f µs/doc), commit %.1f s, "
                    + "total %.1f s, CPU of the whole JVM meanwhile %.1f s (%.0f µs/doc), size %.1f MB%n",
                    documents.size(), putNanos / 1e9, putNanos / 1e3 / documents.size(), putCpu / 1e3 / documents.size(),
                    commitNanos / 1e9, (System.nanoTime() - start) / 1e9, (processCpu() - startCpu) / 1e9,
                    (processCpu() - startCpu) / 1e3 / documents.size(), size(indexDir) / 1e6);
        }

        if (Boolean.getBoolean("bench.indexOnly")) {
            return;
        }
        long openStart = System.nanoTime();
        try (SearchIndex index = SearchIndex.onDisk(indexDir)) {
            System.out.printf("open: %.0f ms, version %s, %d documents%n", (System.nanoTime() - openStart) / 1e6,
                    index.committedVersion(), index.documentCount());
            List<SearchQuery> queries = queries(documents, new Random(1));
            for (SearchQuery query : queries) { // warm-up
                index.search(query);
            }
            latencies(index, queries);
            throughput(index, queries, 2, "distinct queries, none repeated within the cache's reach");
            // popular queries: a tenth of the queries makes nine tenths of the searches
            Random pick = new Random(2);
            List<SearchQuery> popular = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                popular.add(queries.get(pick.nextInt(10) < 9 ? pick.nextInt(queries.size() / 10) : pick.nextInt(queries.size())));
            }
            throughput(index, popular, 2, "9 searches in 10 among 500 popular queries");
            incremental(index, documents);
        }
    }

    /** Only the English analysis of every title, question and answer: the floor of indexing them. */
    private static void analysisFloor(List<SearchDocument> documents) throws IOException {
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            long cpu = THREADS.getCurrentThreadCpuTime();
            long tokens = 0;
            for (SearchDocument d : documents) {
                for (String text : List.of(d.title(), d.questionText(), d.answerText())) {
                    try (org.apache.lucene.analysis.TokenStream stream = Analyzers.ENGLISH.tokenStream("", text)) {
                        stream.reset();
                        while (stream.incrementToken()) {
                            tokens++;
                        }
                        stream.end();
                    }
                }
            }
            cpu = THREADS.getCurrentThreadCpuTime() - cpu;
            System.out.printf("analysis alone, round %d: %.0f µs/doc CPU, %d tokens/doc%n", round + 1,
                    cpu / 1e3 / documents.size(), tokens / documents.size());
        }
    }

    private static void latencies(SearchIndex index, List<SearchQuery> queries) {
        long[] nanos = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        long hits = 0;
        long suggestions = 0;
        for (int i = 0; i < queries.size(); i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            SearchResults results = index.search(queries.get(i));
            nanos[i] = System.nanoTime() - t;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
            hits += results.totalHits();
            suggestions += results.suggestion().isPresent() ? 1 : 0;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("latency, one thread, %d queries: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms "
                + "(mean %d hits per query, %d with a suggestion)%n", nanos.length, nanos[nanos.length / 2] / 1e6,
                nanos[nanos.length * 9 / 10] / 1e6, nanos[nanos.length * 99 / 100] / 1e6, nanos[nanos.length - 1] / 1e6,
                hits / nanos.length, suggestions);
        System.out.printf("CPU per query, one thread: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, mean %.2f ms%n", cpu[cpu.length / 2] / 1e6,
                cpu[cpu.length * 9 / 10] / 1e6, cpu[cpu.length * 99 / 100] / 1e6, Arrays.stream(cpu).average().orElse(0) / 1e6);
    }

    private static void throughput(SearchIndex index, List<SearchQuery> queries, int threads, String mix)
            throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long startCpu = processCpu();
        long end = System.currentTimeMillis() + THROUGHPUT_MILLIS;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 997;
            Thread worker = new Thread(() -> {
                for (int i = offset; System.currentTimeMillis() < end; i++) {
                    index.search(queries.get(i % queries.size()));
                    done.incrementAndGet();
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double cpuPerSearch = (processCpu() - startCpu) / 1e6 / done.get();
        System.out.printf("throughput, %d threads, %s: %.0f searches/s; JVM CPU per search %.2f ms (%.0f searches/s on 2 idle "
                + "cores)%n", threads, mix, done.get() * 1000.0 / THROUGHPUT_MILLIS, cpuPerSearch, 2000 / cpuPerSearch);
    }

    private static void incremental(SearchIndex index, List<SearchDocument> documents) {
        long start = System.nanoTime();
        try (IndexUpdate update = index.update()) {
            for (int i = 0; i < 200; i++) {
                SearchDocument d = documents.get(i * 7);
                update.put(new SearchDocument(d.url(), d.title() + " revised", d.questionText(), d.subjectSlug(), d.subjectName(),
                        d.answerText()));
            }
            for (int i = 0; i < 50; i++) {
                update.delete(documents.get(i * 11 + 3).url());
            }
            update.commit(2);
        }
        long committed = System.nanoTime();
        index.refresh();
        System.out.printf("incremental update (200 puts, 50 deletes): %.0f ms to commit, %.0f ms to refresh%n",
                (committed - start) / 1e6, (System.nanoTime() - committed) / 1e6);
    }

    /** Title words of random questions: one to three, a fifth with one letter changed. */
    private static List<SearchQuery> queries(List<SearchDocument> documents, Random random) {
        List<SearchQuery> queries = new ArrayList<>();
        while (queries.size() < QUERIES) {
            SearchDocument doc = documents.get(random.nextInt(documents.size()));
            List<String> words = Arrays.stream(doc.title().toLowerCase().split("[^a-z]+")).filter(w -> w.length() > 3).toList();
            if (words.isEmpty()) {
                continue;
            }
            int from = random.nextInt(words.size());
            List<String> picked = new ArrayList<>(words.subList(from, Math.min(words.size(), from + 1 + random.nextInt(3))));
            if (random.nextInt(5) == 0) {
                String word = picked.get(0);
                int at = 1 + random.nextInt(word.length() - 1);
                picked.set(0, word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1));
            }
            String subject = random.nextInt(10) == 0 ? doc.subjectSlug() : null;
            int page = random.nextInt(10) == 0 ? 2 : 1;
            queries.add(new SearchQuery(String.join(" ", picked), subject, page));
        }
        return queries;
    }

    private static List<SearchDocument> read(Path corpus) throws IOException {
        MarkdownRenderer renderer = new MarkdownRenderer();
        Load yaml = new Load(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        List<SearchDocument> documents = new ArrayList<>(files.size());
        long textNanos = 0;
        for (Path file : files) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int end = content.indexOf("\n---", 4);
            @SuppressWarnings("unchecked")
            Map<String, Object> front = (Map<String, Object>) yaml.loadFromString(content.substring(4, end));
            String answer = String.valueOf(front.get("answer")).replace("\\n", "\n");
            String html = renderer.render(answer).html();
            long t = System.nanoTime();
            String text = AnswerText.fromHtml(html);
            textNanos += System.nanoTime() - t;
            String url = String.valueOf(front.get("url"));
            String slug = url.split("/")[2];
            documents.add(new SearchDocument(url, String.valueOf(front.get("title")), String.valueOf(front.get("question")), slug,
                    String.valueOf(front.get("subject")), text));
        }
        System.out.printf("read %d files; answer text from HTML: %.0f µs/doc, mean %d chars%n", documents.size(),
                textNanos / 1e3 / documents.size(),
                documents.stream().mapToLong(d -> d.answerText().length()).sum() / documents.size());
        return documents;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
