package com.quicktakes.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.catalog.DatabaseSchema;
import com.quicktakes.config.DatabaseUrl;

/** Loading checks the database itself too: it must open, have the schema and hold the questions its manifest says. */
class SnapshotLoaderTest {

    @TempDir
    Path dir;

    @TempDir
    Path temp;

    /** A database file like the site's: Flyway's history at {@code schema} and {@code questions} questions. */
    private Path database(String schema, int questions) throws SQLException {
        Path folder = dir.resolve("db-" + schema + "-" + questions);
        String url = DatabaseUrl.inFolder(folder);
        try (Connection connection = DirectConnection.open(url, "sa", ""); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT, \"version\" VARCHAR(50), \"success\" BOOLEAN)");
            sql.execute("INSERT INTO \"flyway_schema_history\" VALUES (1, '" + schema + "', TRUE)");
            sql.execute("CREATE TABLE question (id INT)");
            for (int i = 0; i < questions; i++) {
                sql.execute("INSERT INTO question VALUES (" + i + ")");
            }
            sql.execute("SHUTDOWN");
        }
        return DatabaseUrl.databaseFile(url).orElseThrow();
    }

    private Path snapshot(Path database, long questions) throws IOException {
        Path index = Files.writeString(dir.resolve("segments_1"), "commit");
        Path snapshot = dir.resolve("snapshot-" + database.getParent().getFileName() + ".zip");
        SnapshotFile.write(snapshot, SnapshotManifest.current(1, questions, Instant.now()), database, Map.of("segments_1", index));
        return snapshot;
    }

    private Stream<Path> extracted() throws IOException {
        return Files.list(temp).filter(f -> f.getFileName().toString().startsWith(SnapshotLoader.FOLDER_PREFIX));
    }

    @Test
    void loadsAWholeSnapshotIntoAFolderOfItsOwnWhereTheDatabaseUrlFindsIt() throws Exception {
        Optional<Path> folder = SnapshotLoader.load(snapshot(database(DatabaseSchema.VERSION, 3), 3), temp, "sa", "");

        assertThat(folder).isPresent();
        assertThat(folder.get().getParent()).isEqualTo(temp);
        assertThat(folder.get().getFileName().toString()).startsWith(SnapshotLoader.FOLDER_PREFIX + ProcessHandle.current().pid() + "-");
        assertThat(DatabaseUrl.databaseFile(DatabaseUrl.inFolder(folder.get())).orElseThrow()).exists();
        assertThat(folder.get().resolve("search/segments_1")).hasContent("commit");
    }

    @Test
    void aDatabaseOfAnotherSchemaThanThisApplicationsIsRefusedAndRemoved() throws Exception {
        assertThat(SnapshotLoader.load(snapshot(database("0", 3), 3), temp, "sa", "")).isEmpty();
        assertThat(extracted()).isEmpty();
    }

    @Test
    void aDatabaseThatDoesNotHoldTheQuestionsOfItsManifestIsRefused() throws Exception {
        assertThat(SnapshotLoader.load(snapshot(database(DatabaseSchema.VERSION, 2), 3), temp, "sa", "")).isEmpty();
        assertThat(extracted()).isEmpty();
    }

    @Test
    void aDatabaseFileThatIsNoDatabaseIsRefused() throws Exception {
        Path notADatabase = Files.writeString(Files.createDirectories(dir.resolve("junk")).resolve("quicktakes.mv.db"), "not a database");
        assertThat(SnapshotLoader.load(snapshot(notADatabase, 0), temp, "sa", "")).isEmpty();
        assertThat(extracted()).isEmpty();
    }

    @Test
    void theFoldersOfProcessesThatAreGoneAreRemovedOthersKept() throws Exception {
        Path gone = Files.createDirectories(temp.resolve(SnapshotLoader.FOLDER_PREFIX + Long.MAX_VALUE + "-1"));
        Files.writeString(gone.resolve("quicktakes.mv.db"), "left over");
        Path running = Files.createDirectories(temp.resolve(SnapshotLoader.FOLDER_PREFIX + "1-1")); // pid 1 is always alive
        Path someoneElses = Files.createDirectories(temp.resolve(SnapshotLoader.FOLDER_PREFIX + "notes"));

        SnapshotLoader.load(snapshot(database(DatabaseSchema.VERSION, 1), 1), temp, "sa", "");
        assertThat(gone).doesNotExist();
        assertThat(running).exists();
        assertThat(someoneElses).exists();
    }
}
