package com.quicktakes.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.quicktakes.catalog.DatabaseSchema;
import com.quicktakes.search.SearchIndex;

class SnapshotManifestTest {

    private static final Instant MADE = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void recordsThisApplicationsSchemasAndReadsBackAsWritten() throws Exception {
        SnapshotManifest manifest = SnapshotManifest.current(7, 36000, MADE);
        assertThat(manifest.databaseSchema()).isEqualTo(DatabaseSchema.VERSION);
        assertThat(manifest.searchSchema()).isEqualTo(SearchIndex.SCHEMA_VERSION);
        assertThat(SnapshotManifest.from(manifest.toProperties())).isEqualTo(manifest);
        assertThat(manifest.incompatibility()).isEmpty();
    }

    @Test
    void anotherDatabaseSchemaSearchSchemaOrFormatIsIncompatibleAndSaysWhich() {
        assertThat(new SnapshotManifest(SnapshotManifest.FORMAT, "0", SearchIndex.SCHEMA_VERSION, 1, 1, MADE).incompatibility())
                .contains("it holds database schema version 0, this application's is " + DatabaseSchema.VERSION);
        assertThat(new SnapshotManifest(SnapshotManifest.FORMAT, DatabaseSchema.VERSION, "0", 1, 1, MADE).incompatibility())
                .contains("it holds search index schema 0, this application's is " + SearchIndex.SCHEMA_VERSION);
        assertThat(new SnapshotManifest(99, DatabaseSchema.VERSION, SearchIndex.SCHEMA_VERSION, 1, 1, MADE).incompatibility())
                .contains("it has snapshot format 99, this application reads format " + SnapshotManifest.FORMAT);
    }

    @Test
    void aManifestWithAMissingOrGarbledValueIsRefused() {
        Properties missing = SnapshotManifest.current(1, 1, MADE).toProperties();
        missing.remove("database-schema");
        assertThatThrownBy(() -> SnapshotManifest.from(missing)).isInstanceOf(SnapshotRefusedException.class)
                .hasMessage("its manifest has no database-schema");

        Properties garbled = SnapshotManifest.current(1, 1, MADE).toProperties();
        garbled.setProperty("questions", "many");
        assertThatThrownBy(() -> SnapshotManifest.from(garbled)).isInstanceOf(SnapshotRefusedException.class)
                .hasMessageStartingWith("its manifest is unreadable");
    }
}
