package com.quicktakes.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an import changes the index: incremental updates, versioned commits, rollback, refresh. */
class IndexLifecycleTest {

    @TempDir
    Path folder;

    private static List<String> urls(SearchIndex index, String text) {
        return index.search(SearchQuery.of(text)).hits().stream().map(SearchHit::url).toList();
    }

    @Test
    void aNewIndexIsEmptyAndHasNoCommittedVersion() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            assertThat(index.committedVersion()).isEmpty();
            assertThat(index.documentCount()).isZero();
            assertThat(index.search(SearchQuery.of("osmosis")).totalHits()).isZero();
        }
    }

    @Test
    void committedChangesStayInvisibleUntilRefresh() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            try (IndexUpdate update = index.update()) {
                update.put(Questions.OSMOSIS);
                update.commit(7);
            }
            assertThat(index.committedVersion()).hasValue(7);
            assertThat(urls(index, "osmosis")).isEmpty();

            index.refresh();
            assertThat(urls(index, "osmosis")).containsExactly(Questions.OSMOSIS.url());
        }
    }

    @Test
    void anIncrementalUpdateKeepsUnchangedQuestionsReplacesChangedOnesAndDeletesRemovedOnes() {
        try (SearchIndex index = Questions.indexed()) {
            SearchDocument changed = new SearchDocument(Questions.NEWTON.url(), "What is Newton's first law?",
                    "What is inertia?", "physics", "Physics", "A body keeps its velocity unless a force acts on it.");
            try (IndexUpdate update = index.update()) {
                update.put(changed).delete(Questions.MITOSIS.url()).delete("/learn/nowhere/questions/never-indexed");
                update.commit(2);
            }
            index.refresh();

            assertThat(index.documentCount()).isEqualTo(Questions.ALL.size() - 1);
            assertThat(urls(index, "inertia")).containsExactly(Questions.NEWTON.url());
            assertThat(urls(index, "acceleration")).isEmpty();
            assertThat(urls(index, "meiosis")).isEmpty();
            assertThat(urls(index, "photosynthesis")).containsExactly(Questions.PHOTOSYNTHESIS.url());
            assertThat(index.committedVersion()).hasValue(2);
        }
    }

    @Test
    void puttingTheSameUrlTwiceKeepsOneDocument() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            try (IndexUpdate update = index.update()) {
                update.put(Questions.OSMOSIS).put(Questions.OSMOSIS);
                update.commit(1);
            }
            index.refresh();
            assertThat(index.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void aRolledBackUpdateLeavesTheLastCommitAsItWas() {
        try (SearchIndex index = Questions.indexed()) {
            IndexUpdate update = index.update();
            update.clear().put(Questions.OSMOSIS);
            update.rollback();
            index.refresh();

            assertThat(index.committedVersion()).hasValue(1);
            assertThat(index.documentCount()).isEqualTo(Questions.ALL.size());
            assertThatThrownBy(() -> update.put(Questions.NEWTON)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void closingAnUpdateWithoutCommitRollsItBack() {
        try (SearchIndex index = Questions.indexed()) {
            try (IndexUpdate update = index.update()) {
                update.delete(Questions.OSMOSIS.url());
                throw new IllegalStateException("the import failed");
            } catch (IllegalStateException expected) {
                // the database transaction rolls back too
            }
            index.refresh();
            assertThat(urls(index, "osmosis")).contains(Questions.OSMOSIS.url());
            assertThat(index.committedVersion()).hasValue(1);
        }
    }

    @Test
    void aPreparedCommitCanStillBeRolledBackWhenTheDatabaseCommitFails() {
        try (SearchIndex index = Questions.indexed()) {
            try (IndexUpdate update = index.update()) {
                update.delete(Questions.OSMOSIS.url());
                update.prepareCommit(2);
                // the database commit fails here: close() rolls back
            }
            index.refresh();
            assertThat(index.committedVersion()).hasValue(1);
            assertThat(urls(index, "osmosis")).contains(Questions.OSMOSIS.url());
        }
    }

    @Test
    void aPreparedCommitBecomesTheCommitWithItsVersion() {
        try (SearchIndex index = Questions.indexed()) {
            try (IndexUpdate update = index.update()) {
                update.delete(Questions.OSMOSIS.url());
                update.prepareCommit(2);
                assertThat(index.committedVersion()).hasValue(1);
                update.commit();
            }
            assertThat(index.committedVersion()).hasValue(2);
            index.refresh();
            assertThat(urls(index, "osmosis")).doesNotContain(Questions.OSMOSIS.url());
        }
    }

    @Test
    void onlyOneUpdateIsOpenAtATime() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            try (IndexUpdate first = index.update()) {
                assertThatThrownBy(index::update).isInstanceOf(IllegalStateException.class);
            }
            try (IndexUpdate afterwards = index.update()) {
                afterwards.commit(1);
            }
            assertThat(index.committedVersion()).hasValue(1);
        }
    }

    @Test
    void commitWithoutPrepareIsAMistakeThatSaysSo() {
        try (SearchIndex index = SearchIndex.inMemory(); IndexUpdate update = index.update()) {
            assertThatThrownBy(update::commit).isInstanceOf(IllegalStateException.class).hasMessageContaining("prepareCommit");
        }
    }

    @Test
    void rebuildReplacesEverythingAndIsSearchableAtOnce() {
        try (SearchIndex index = Questions.indexed()) {
            index.rebuild(Stream.of(Questions.NEWTON, Questions.OSMOSIS), 9);
            assertThat(index.committedVersion()).hasValue(9);
            assertThat(index.documentCount()).isEqualTo(2);
            assertThat(urls(index, "photosynthesis")).isEmpty();
            assertThat(urls(index, "force")).containsExactly(Questions.NEWTON.url());
        }
    }

    @Test
    void aFolderIndexKeepsItsDocumentsAndVersionAcrossRestarts() {
        Path indexFolder = folder.resolve("search");
        try (SearchIndex index = SearchIndex.onDisk(indexFolder)) {
            index.rebuild(Questions.ALL.stream(), 42);
        }
        try (SearchIndex reopened = SearchIndex.onDisk(indexFolder)) {
            assertThat(reopened.committedVersion()).hasValue(42);
            assertThat(urls(reopened, "pythagoras")).containsExactly(Questions.PYTHAGORAS.url());
        }
    }

    @Test
    void anUnreadableFolderIndexIsReplacedByAnEmptyOneToRebuild() throws IOException {
        Path indexFolder = folder.resolve("search");
        try (SearchIndex index = SearchIndex.onDisk(indexFolder)) {
            index.rebuild(Questions.ALL.stream(), 3);
        }
        try (Stream<Path> files = Files.list(indexFolder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] { 1, 2, 3 });
            }
        }
        try (SearchIndex reopened = SearchIndex.onDisk(indexFolder)) {
            assertThat(reopened.committedVersion()).isEmpty();
            assertThat(reopened.documentCount()).isZero();
            reopened.rebuild(Questions.ALL.stream(), 3);
            assertThat(urls(reopened, "osmosis")).isNotEmpty();
        }
    }

    @Test
    void anIndexOfAnotherSchemaHasNoCommittedVersion() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(SearchIndex.CONTENT_VERSION, "5", SearchIndex.SCHEMA, "0").entrySet());
            writer.commit();
        }
        try (SearchIndex index = SearchIndex.open(directory)) {
            assertThat(index.committedVersion()).isEmpty();
        }
    }

    @Test
    void searchesStartedBeforeARefreshUseTheCommitTheyStartedWith() {
        try (SearchIndex index = Questions.indexed()) {
            index.rebuild(Stream.of(Questions.OSMOSIS), 2);
            try (IndexUpdate update = index.update()) {
                update.clear().put(Questions.NEWTON).commit(3);
            }
            assertThat(urls(index, "osmosis")).containsExactly(Questions.OSMOSIS.url());
            index.refresh();
            assertThat(urls(index, "osmosis")).isEmpty();
            assertThat(urls(index, "force")).containsExactly(Questions.NEWTON.url());
        }
    }
}
