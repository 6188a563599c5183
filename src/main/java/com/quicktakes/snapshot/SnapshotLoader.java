package com.quicktakes.snapshot;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import com.quicktakes.catalog.DatabaseSchema;
import com.quicktakes.config.DatabaseUrl;
import com.quicktakes.search.SearchIndexProducer;

/**
 * Loads a snapshot at startup: extracts it into a new folder under {@code java.io.tmpdir} (a tmpfs,
 * that is memory, in the containers) and opens its database once to check it. On any problem it
 * logs one line, {@code snapshot refused: …}, removes what it extracted, and the server imports
 * the content folder in full, as without a snapshot.
 */
final class SnapshotLoader {

    private static final Logger LOG = Logger.getLogger(SnapshotLoader.class);
    /** Followed by the process id: a later start removes the folders of processes that are gone. */
    static final String FOLDER_PREFIX = "quicktakes-snapshot-";

    private SnapshotLoader() {
    }

    /**
     * Extracts the snapshot into a new folder in {@code temp} and checks it.
     *
     * @return the folder that holds the loaded database and search index; empty when the snapshot was refused
     */
    static Optional<Path> load(Path snapshot, Path temp, String user, String password) {
        long started = System.nanoTime();
        Path folder = null;
        try {
            removeLeftovers(temp);
            folder = Files.createTempDirectory(temp, FOLDER_PREFIX + ProcessHandle.current().pid() + "-");
            String url = DatabaseUrl.inFolder(folder);
            SnapshotManifest manifest = SnapshotFile.extract(snapshot, DatabaseUrl.databaseFile(url).orElseThrow(),
                    SearchIndexProducer.folderBeside(folder));
            check(url, user, password, manifest);
            LOG.infof("snapshot loaded: %s (content version %d, %d questions, made %s) into %s in %.2f s", snapshot,
                    manifest.contentVersion(), manifest.questions(), manifest.created(), folder, (System.nanoTime() - started) / 1e9);
            return Optional.of(folder);
        } catch (SnapshotRefusedException e) {
            LOG.warnf("snapshot refused: %s: %s; importing the content folder in full", snapshot, e.getMessage());
        } catch (IOException e) {
            LOG.warnf("snapshot refused: %s: no folder to extract it into (%s); importing the content folder in full", snapshot, e);
        }
        delete(folder);
        return Optional.empty();
    }

    /** Opens the extracted database read-only and checks that it is whole and matches its manifest. */
    private static void check(String url, String user, String password, SnapshotManifest manifest) throws SnapshotRefusedException {
        try (Connection connection = DirectConnection.open(url + ";ACCESS_MODE_DATA=r", user, password);
                Statement statement = connection.createStatement()) {
            String schema = single(statement, "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                    + "ORDER BY \"installed_rank\" DESC FETCH FIRST ROW ONLY");
            if (!DatabaseSchema.VERSION.equals(schema)) {
                throw new SnapshotRefusedException("its database has schema version " + schema + ", this application's is " + DatabaseSchema.VERSION);
            }
            String questions = single(statement, "SELECT COUNT(*) FROM question");
            if (!questions.equals(Long.toString(manifest.questions()))) {
                throw new SnapshotRefusedException("its database holds " + questions + " questions, its manifest says " + manifest.questions());
            }
        } catch (SQLException e) {
            throw new SnapshotRefusedException("its database cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    /** Folders of earlier processes that are gone (or of an earlier container whose process had this id). */
    private static void removeLeftovers(Path temp) throws IOException {
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, FOLDER_PREFIX + "*")) {
            for (Path folder : folders) {
                String rest = folder.getFileName().toString().substring(FOLDER_PREFIX.length());
                int dash = rest.indexOf('-');
                try {
                    long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                    if (pid == self || ProcessHandle.of(pid).isEmpty()) {
                        delete(folder);
                    }
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.debugf("could not remove %s: %s", folder, e);
        }
    }
}
