package com.quicktakes.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.catalog.ContentVersion;
import com.quicktakes.config.DatabaseUrl;
import com.quicktakes.search.SearchIndex;

/**
 * Writes a snapshot of the database and the search index as the import command leaves them
 * ({@code import --snapshot FILE}). The database is compacted first with H2's
 * {@code SHUTDOWN COMPACT}, which also closes it: a large import leaves its file about three times
 * its live data, and the snapshot is extracted at every start. This is therefore the command's
 * last use of the database.
 */
@ApplicationScoped
public class SnapshotWriter {

    @Inject
    SearchIndex index;

    @Inject
    ContentStatus status;

    @ConfigProperty(name = DatabaseUrl.PROPERTY)
    String databaseUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** What was written, for the command's output. */
    public record Written(Path file, long bytes, long databaseBytes, long indexBytes, long questions, double seconds) {
    }

    /** Why no snapshot can be written of this database (it is in memory); empty when one can. */
    public Optional<String> unavailable() {
        return DatabaseUrl.databaseFile(databaseUrl).isPresent() ? Optional.empty()
                : Optional.of("the database is not in a file (" + databaseUrl + "): run the import with the prod profile, not memory");
    }

    /** Compacts and closes the database, then writes the snapshot to {@code target} atomically. */
    public Written write(Path target) throws IOException, SQLException {
        long started = System.nanoTime();
        Path database = DatabaseUrl.databaseFile(databaseUrl).orElseThrow(() -> new IllegalStateException(unavailable().orElseThrow()));
        long version = status.version().map(ContentVersion::number)
                .orElseThrow(() -> new IllegalStateException("no import has committed into this database"));
        if (!index.committedVersion().equals(OptionalLong.of(version))) {
            throw new IllegalStateException("the search index is not in step with the database");
        }
        Map<String, Path> indexFiles = index.committedFiles();
        long questions;
        // A connection outside the pool: the pool would reset its connection to the closed database, and warn.
        try (Connection connection = DirectConnection.open(databaseUrl, user, password.orElse(""));
                Statement statement = connection.createStatement()) {
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM question")) {
                count.next();
                questions = count.getLong(1);
            }
            statement.execute("SHUTDOWN COMPACT");
        }
        long bytes = SnapshotFile.write(target, SnapshotManifest.current(version, questions, Instant.now()), database, indexFiles);
        long indexBytes = 0;
        for (Path file : indexFiles.values()) {
            indexBytes += Files.size(file);
        }
        return new Written(target, bytes, Files.size(database), indexBytes, questions, (System.nanoTime() - started) / 1e9);
    }
}
