package com.quicktakes.snapshot;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

import com.quicktakes.catalog.DatabaseSchema;
import com.quicktakes.search.SearchIndex;

/**
 * What a snapshot holds and what it was made by, stored in it as {@code snapshot.properties} and
 * checked before anything is extracted: only a snapshot of the same layout, database schema and
 * search index schema as this application's is loaded.
 *
 * @param format         the layout of the snapshot file ({@link SnapshotFile})
 * @param databaseSchema the database's Flyway version ({@link DatabaseSchema#VERSION})
 * @param searchSchema   the search index's schema ({@link SearchIndex#SCHEMA_VERSION})
 * @param contentVersion the content version of the database and the index
 * @param questions      questions in the database, checked against it after extraction
 * @param created        when the snapshot was written
 */
record SnapshotManifest(int format, String databaseSchema, String searchSchema, long contentVersion, long questions,
        Instant created) {

    static final int FORMAT = 1;

    /** A manifest for a snapshot written by this application now. */
    static SnapshotManifest current(long contentVersion, long questions, Instant created) {
        return new SnapshotManifest(FORMAT, DatabaseSchema.VERSION, SearchIndex.SCHEMA_VERSION, contentVersion, questions, created);
    }

    Properties toProperties() {
        Properties properties = new Properties();
        properties.setProperty("format", Integer.toString(format));
        properties.setProperty("database-schema", databaseSchema);
        properties.setProperty("search-schema", searchSchema);
        properties.setProperty("content-version", Long.toString(contentVersion));
        properties.setProperty("questions", Long.toString(questions));
        properties.setProperty("created", created.toString());
        return properties;
    }

    static SnapshotManifest from(Properties properties) throws SnapshotRefusedException {
        try {
            return new SnapshotManifest(Integer.parseInt(required(properties, "format")), required(properties, "database-schema"),
                    required(properties, "search-schema"), Long.parseLong(required(properties, "content-version")),
                    Long.parseLong(required(properties, "questions")), Instant.parse(required(properties, "created")));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new SnapshotRefusedException("its manifest is unreadable: " + e.getMessage());
        }
    }

    /** Why this application cannot load the snapshot; empty when it can. */
    Optional<String> incompatibility() {
        if (format != FORMAT) {
            return Optional.of("it has snapshot format " + format + ", this application reads format " + FORMAT);
        }
        if (!databaseSchema.equals(DatabaseSchema.VERSION)) {
            return Optional.of("it holds database schema version " + databaseSchema + ", this application's is " + DatabaseSchema.VERSION);
        }
        if (!searchSchema.equals(SearchIndex.SCHEMA_VERSION)) {
            return Optional.of("it holds search index schema " + searchSchema + ", this application's is " + SearchIndex.SCHEMA_VERSION);
        }
        return Optional.empty();
    }

    private static String required(Properties properties, String key) throws SnapshotRefusedException {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new SnapshotRefusedException("its manifest has no " + key);
        }
        return value.strip();
    }
}
