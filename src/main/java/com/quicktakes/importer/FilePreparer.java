package com.quicktakes.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.quicktakes.catalog.Sha256;
import com.quicktakes.markdown.MarkdownRenderer;
import com.quicktakes.search.IndexUpdate;

/**
 * The worker threads' part of an import: reads one file, skips it when its hash is unchanged,
 * else parses and renders it into the rows to write. Touches no database, so any number of
 * files can be prepared at once.
 */
final class FilePreparer {

    /** What a worker made of one file. {@code question} is null when the file is unchanged or skipped. */
    record PreparedFile(String path, String sha256, boolean unchanged, String knownUrl, QuestionRows question,
            List<ImportProblem> problems) {
    }

    private final Path contentDir;
    private final Map<String, KnownFile> known;
    private final int maxFileSize;
    private final ContentFileParser parser;
    private final MarkdownRenderer markdown;
    private final IndexUpdate search;
    private final Instant now;

    /**
     * @param known  the previous import's files; read by the workers, so never changed while they run
     * @param search the import's index update: a worker puts each question it prepares there (keyed by
     *               its file, so a file that then loses its url only has to be deleted again)
     */
    FilePreparer(Path contentDir, Map<String, KnownFile> known, int maxFileSize, MarkdownRenderer markdown, IndexUpdate search,
            Instant now) {
        this.contentDir = contentDir;
        this.known = known;
        this.maxFileSize = maxFileSize;
        this.parser = new ContentFileParser(maxFileSize);
        this.markdown = markdown;
        this.search = search;
        this.now = now;
    }

    PreparedFile prepare(String path) throws IOException {
        Path file = contentDir.resolve(path);
        long size = Files.size(file);
        if (size > maxFileSize) {
            return new PreparedFile(path, "size:" + size, false, null, null, List.of(ImportProblem.error(path, null,
                    "the file is " + size + " bytes, over the limit of " + maxFileSize + " bytes (site.max-file-size)")));
        }
        byte[] bytes = Files.readAllBytes(file);
        String sha = Sha256.hex(bytes);
        KnownFile before = known.get(path);
        if (before != null && before.sha256().equals(sha) && !before.hasErrors()) {
            return new PreparedFile(path, sha, true, before.url(), null, List.of());
        }
        ContentFileParser.Result result = parser.parse(path, bytes);
        ParsedQuestion parsed = result.question();
        QuestionRows rows = parsed == null ? null : QuestionRows.of(path, parsed, markdown.render(parsed.answerMarkdown()), now);
        if (rows != null) {
            search.put(rows.search()); // indexing (text analysis) is the workers' share, in parallel
        }
        return new PreparedFile(path, sha, false, null, rows, result.problems());
    }
}
