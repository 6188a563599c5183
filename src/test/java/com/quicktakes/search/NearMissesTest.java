package com.quicktakes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The index terms a typo may stand for. */
class NearMissesTest {

    @Test
    void editDistanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(NearMisses.distance("pythagoru", "pythagora")).isEqualTo(1);
        assertThat(NearMisses.distance("teh", "the")).isEqualTo(1);
        assertThat(NearMisses.distance("photosynthsi", "photosynthesi")).isEqualTo(1);
        assertThat(NearMisses.distance("", "abc")).isEqualTo(3);
        assertThat(NearMisses.distance("😀a", "😀b")).isEqualTo(1);
    }

    @Test
    void closestTermsComeFirstFromEveryFieldAndTheWordItselfIsLeftOut() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.forIndexing()))) {
            writer.addDocument(IndexedFields.toLucene(new SearchDocument("/a", "Osmosis", "", "x", "X", "")));
            writer.addDocument(IndexedFields.toLucene(new SearchDocument("/b", "", "Mitosis", "x", "X", "osmosi osmosiss")));
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            // "osmosis" is indexed as "osmosi"; typed as "osmossis" it stems to "osmossi"
            assertThat(NearMisses.of("osmossi", 2, reader)).extracting(NearMisses.NearMiss::term)
                    .containsExactly("osmosi", "osmosiss");
            assertThat(NearMisses.of("osmosi", 1, reader)).isEmpty();
            assertThat(NearMisses.of("osmosi", 2, reader)).extracting(NearMisses.NearMiss::term).containsExactly("osmosiss");
            assertThat(NearMisses.of("osmossi", 2, reader).get(0).similarity()).isBetween(0.8f, 1f);
        }
    }
}
