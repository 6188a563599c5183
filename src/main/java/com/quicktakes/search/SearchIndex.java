package com.quicktakes.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.NIOFSDirectory;
import org.jboss.logging.Logger;

/**
 * The search index of the questions: a Lucene index in a folder or in memory. Searches read the
 * commit that was current at the last {@link #refresh()} (or at opening), so the app decides when
 * readers move to new content: right after the database commit that matches it. Writes go through
 * one {@link IndexUpdate} at a time. Safe for concurrent searches.
 */
public final class SearchIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    /** Commit user data: the database content version the commit matches. */
    static final String CONTENT_VERSION = "quicktakes.contentVersion";
    /** Commit user data: how documents were indexed; an index of another schema must be rebuilt. */
    static final String SCHEMA = "quicktakes.searchSchema";
    /** Bump whenever fields or analysis change; snapshots record it too. */
    public static final String SCHEMA_VERSION = "2";

    /** Documents buffered before a segment is written; an import flushes a few times, not hundreds. */
    private static final double RAM_BUFFER_MB = 32;

    private final Directory directory;
    private final SearcherManager searchers;
    private final DidYouMean didYouMean = new DidYouMean();
    private final AtomicReference<IndexUpdate> current = new AtomicReference<>();

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.searchers = openSearchers(directory);
    }

    /** The index in this directory, created empty if there is none (or if it cannot be read). */
    public static SearchIndex open(Directory directory) {
        try {
            return new SearchIndex(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index in a folder, created if missing. Read with plain file reads ({@link NIOFSDirectory}),
     * not memory mapping, which the native image does not support.
     */
    public static SearchIndex onDisk(Path folder) {
        try {
            Files.createDirectories(folder);
            return open(new NIOFSDirectory(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An index in memory, empty, for the in-memory profile and tests. */
    public static SearchIndex inMemory() {
        return open(new ByteBuffersDirectory());
    }

    /**
     * Starts the changes of one import. Only one update can be open at a time.
     *
     * @throws IllegalStateException when another update is open
     */
    public IndexUpdate update() {
        synchronized (current) {
            if (current.get() != null) {
                throw new IllegalStateException("another index update is open");
            }
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing())
                    .setOpenMode(OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            try {
                IndexUpdate update = new IndexUpdate(new IndexWriter(directory, config), () -> current.set(null));
                current.set(update);
                return update;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Replaces the whole index with these documents, commits it tagged with the content version and
     * refreshes searches: for startup, when {@link #committedVersion()} does not match the database.
     */
    public void rebuild(Stream<SearchDocument> documents, long contentVersion) {
        try (IndexUpdate update = update()) {
            update.clear();
            documents.forEach(update::put);
            update.commit(contentVersion);
        }
        refresh();
    }

    /**
     * The content version of the index's last commit; empty when no update has committed yet, or
     * when the index was written by another version of this code (it must then be rebuilt).
     */
    public OptionalLong committedVersion() {
        try {
            return versionOf(SegmentInfos.readLatestCommit(directory).getUserData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The content version of the commit that searches read now (the last {@link #refresh()}'s),
     * from memory: cheap enough to ask on every request.
     */
    public OptionalLong searchedVersion() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return versionOf(((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OptionalLong versionOf(Map<String, String> commitData) {
        String version = commitData.get(CONTENT_VERSION);
        if (version == null || !SCHEMA_VERSION.equals(commitData.get(SCHEMA))) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(version));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Moves searches to the last commit, in one step; searches already running finish on the old one. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Never throws for any input text; I/O failures surface as {@link UncheckedIOException}. */
    public SearchResults search(SearchQuery query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                SubjectSearcher commit = (SubjectSearcher) searcher;
                SearchResults results = commit.recentResults(query);
                if (results == null) {
                    results = new Search(commit, didYouMean).run(query);
                    commit.remember(query, results);
                }
                return results;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Questions the searches currently see. */
    public int documentCount() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files of the last commit of an index in a folder, by name: what a copy of the index needs
     * (a snapshot), taken while no update is open.
     *
     * @throws IllegalStateException for an index in memory
     */
    public Map<String, Path> committedFiles() {
        if (!(directory instanceof FSDirectory folder)) {
            throw new IllegalStateException("the search index is in memory");
        }
        try {
            Map<String, Path> files = new TreeMap<>();
            for (String name : SegmentInfos.readLatestCommit(directory).files(true)) {
                files.put(name, folder.getDirectory().resolve(name));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rolls back an open update, then closes the readers and the directory. */
    @Override
    public void close() {
        try {
            IndexUpdate open = current.get();
            if (open != null) {
                open.rollback();
            }
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Readers need a commit to open: a new folder gets an empty one. An index that cannot be read
     * (damaged, or of a Lucene version this one cannot read) is replaced by an empty one, since
     * it is derived data: the caller sees no committed version and rebuilds it from the database.
     */
    private static SearcherManager openSearchers(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            createEmpty(directory);
        }
        try {
            return new SearcherManager(directory, SubjectSearcher.FACTORY);
        } catch (IOException e) {
            LOG.warnf("The search index cannot be read (%s); starting an empty one, to be rebuilt", e);
            deleteAll(directory);
            createEmpty(directory);
            return new SearcherManager(directory, SubjectSearcher.FACTORY);
        }
    }

    /** Every file of the index; a writer would read the damaged commit even to replace it. */
    private static void deleteAll(Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
        }
    }

    private static void createEmpty(Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing()).setOpenMode(OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            writer.commit();
        }
    }
}
