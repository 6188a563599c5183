package com.quicktakes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;

/**
 * The changes of one import, invisible to searches until committed and refreshed. Made by
 * {@link SearchIndex#update()}; one at a time per index. {@link #put} and {@link #delete} may be
 * called from several threads. End it with {@link #commit(long)} (or {@link #prepareCommit(long)}
 * then {@link #commit()}), or {@link #rollback()}; closing it without a commit rolls back, so
 * try-with-resources undoes a failed import:
 *
 * <pre>
 * try (IndexUpdate update = index.update()) {
 *     update.put(document);            // new or changed question
 *     update.delete(key);              // removed question
 *     update.prepareCommit(version);   // the slow part, before the database commits
 *     database.commit();
 *     update.commit();                 // cheap: publishes what prepareCommit wrote
 * }
 * index.refresh();                     // searches see the new content from here on
 * </pre>
 *
 * I/O failures surface as {@link UncheckedIOException}.
 */
public final class IndexUpdate implements AutoCloseable {

    private final IndexWriter writer;
    private final Runnable onEnd;
    private volatile boolean prepared;
    private volatile boolean ended;

    IndexUpdate(IndexWriter writer, Runnable onEnd) {
        this.writer = writer;
        this.onEnd = onEnd;
    }

    /** Adds the question, or replaces the one with the same key. */
    public IndexUpdate put(SearchDocument document) {
        checkOpen();
        try {
            writer.updateDocument(IndexedFields.key(document.key()), IndexedFields.toLucene(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Removes the question with this key (its url, unless it was given a key); nothing happens if there is none. */
    public IndexUpdate delete(String key) {
        checkOpen();
        try {
            writer.deleteDocuments(IndexedFields.key(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Removes every question, for a rebuild: put them all again after it. */
    public IndexUpdate clear() {
        checkOpen();
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * The first phase of a commit: writes and syncs everything, tagged with the content version,
     * without making it the index's commit yet. Then {@link #commit()} or {@link #rollback()}.
     */
    public void prepareCommit(long contentVersion) {
        checkOpen();
        if (prepared) {
            throw new IllegalStateException("this update is already prepared");
        }
        try {
            writer.setLiveCommitData(Map.of(SearchIndex.CONTENT_VERSION, Long.toString(contentVersion),
                    SearchIndex.SCHEMA, SearchIndex.SCHEMA_VERSION).entrySet());
            writer.prepareCommit();
            prepared = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the prepared changes the index's commit and ends the update. */
    public void commit() {
        checkOpen();
        if (!prepared) {
            throw new IllegalStateException("prepareCommit(contentVersion) first, or call commit(contentVersion)");
        }
        try {
            writer.commit();
            // merges still running are abandoned: they are redone by a later update, when needed
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(closeAfterFailure(e));
        } catch (RuntimeException e) {
            throw closeAfterFailure(e);
        } finally {
            end();
        }
    }

    /** Both phases at once: the update's changes become the index's commit, tagged with the version. */
    public void commit(long contentVersion) {
        prepareCommit(contentVersion);
        commit();
    }

    /** Drops every change of this update (prepared or not) and ends it; does nothing once ended. */
    public void rollback() {
        if (ended) {
            return;
        }
        try {
            writer.rollback();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            end();
        }
    }

    /** Rolls back unless committed. */
    @Override
    public void close() {
        rollback();
    }

    /** A writer left open would keep the index's write lock, and no later update could start. */
    private <E extends Exception> E closeAfterFailure(E failure) {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private void checkOpen() {
        if (ended) {
            throw new IllegalStateException("this index update has ended");
        }
    }

    private void end() {
        if (!ended) {
            ended = true;
            onEnd.run();
        }
    }
}
