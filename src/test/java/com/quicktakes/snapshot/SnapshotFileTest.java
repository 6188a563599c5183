package com.quicktakes.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.search.SearchIndex;

class SnapshotFileTest {

    @TempDir
    Path dir;

    private Path database;
    private Map<String, Path> indexFiles;
    private final SnapshotManifest manifest = SnapshotManifest.current(3, 2, Instant.parse("2026-12-03T10:00:00Z"));

    @BeforeEach
    void someDatabaseAndIndexFiles() throws IOException {
        byte[] bytes = new byte[300_000];
        new Random(1).nextBytes(bytes);
        database = Files.write(dir.resolve("quicktakes.mv.db"), bytes);
        Files.createDirectories(dir.resolve("search"));
        indexFiles = Map.of("segments_2", Files.writeString(dir.resolve("search/segments_2"), "commit"),
                "_0.cfs", Files.writeString(dir.resolve("search/_0.cfs"), "segment"));
    }

    @Test
    void extractsTheDatabaseAndTheIndexFilesAsTheyWereWritten() throws Exception {
        Path snapshot = dir.resolve("snapshot.zip");
        long size = SnapshotFile.write(snapshot, manifest, database, indexFiles);
        assertThat(size).isEqualTo(Files.size(snapshot)).isGreaterThan(Files.size(database));

        Path into = dir.resolve("loaded");
        SnapshotManifest read = SnapshotFile.extract(snapshot, into.resolve("db.mv.db"), into.resolve("index"));
        assertThat(read).isEqualTo(manifest);
        assertThat(Files.readAllBytes(into.resolve("db.mv.db"))).isEqualTo(Files.readAllBytes(database));
        assertThat(Files.readString(into.resolve("index/segments_2"))).isEqualTo("commit");
        assertThat(Files.readString(into.resolve("index/_0.cfs"))).isEqualTo("segment");
    }

    @Test
    void replacesAnEarlierSnapshotAndLeavesNoTemporaryFileBehind() throws Exception {
        Path snapshot = Files.writeString(dir.resolve("snapshot.zip"), "an earlier snapshot");
        SnapshotFile.write(snapshot, manifest, database, indexFiles);
        assertThat(SnapshotFile.extract(snapshot, dir.resolve("x/db"), dir.resolve("x/index"))).isEqualTo(manifest);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.contains(".tmp"));
        }
    }

    @Test
    void aTruncatedSnapshotIsRefused() throws Exception {
        Path snapshot = dir.resolve("snapshot.zip");
        SnapshotFile.write(snapshot, manifest, database, indexFiles);
        byte[] whole = Files.readAllBytes(snapshot);
        Files.write(snapshot, Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> SnapshotFile.extract(snapshot, dir.resolve("x/db"), dir.resolve("x/index")))
                .isInstanceOf(SnapshotRefusedException.class).hasMessageStartingWith("it is not a whole snapshot file");
    }

    @Test
    void aSnapshotWithADamagedByteIsRefused() throws Exception {
        Path snapshot = dir.resolve("snapshot.zip");
        SnapshotFile.write(snapshot, manifest, database, indexFiles);
        byte[] bytes = Files.readAllBytes(snapshot);
        bytes[150_000] ^= 0x10; // inside the database entry
        Files.write(snapshot, bytes);

        assertThatThrownBy(() -> SnapshotFile.extract(snapshot, dir.resolve("x/db"), dir.resolve("x/index")))
                .isInstanceOf(SnapshotRefusedException.class).hasMessage("its entry database.mv.db is damaged (CRC mismatch)");
    }

    @Test
    void aSnapshotOfAnotherSchemaIsRefusedBeforeAnythingIsExtracted() throws Exception {
        Path snapshot = dir.resolve("snapshot.zip");
        SnapshotManifest older = new SnapshotManifest(SnapshotManifest.FORMAT, "0", SearchIndex.SCHEMA_VERSION, 3, 2, manifest.created());
        SnapshotFile.write(snapshot, older, database, indexFiles);

        assertThatThrownBy(() -> SnapshotFile.extract(snapshot, dir.resolve("x/db"), dir.resolve("x/index")))
                .isInstanceOf(SnapshotRefusedException.class).hasMessageStartingWith("it holds database schema version 0");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void anEntryOutsideTheLayoutIsRefusedAndNotWritten() throws Exception {
        Path snapshot = dir.resolve("crafted.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(snapshot))) {
            zip.putNextEntry(new ZipEntry(SnapshotFile.MANIFEST));
            manifest.toProperties().store(zip, null);
            zip.putNextEntry(new ZipEntry(SnapshotFile.DATABASE));
            zip.write(1);
            zip.putNextEntry(new ZipEntry("search/../../escaped"));
            zip.write(1);
        }
        assertThatThrownBy(() -> SnapshotFile.extract(snapshot, dir.resolve("x/db"), dir.resolve("x/index")))
                .isInstanceOf(SnapshotRefusedException.class).hasMessage("it holds an unexpected entry search/../../escaped");
        assertThat(dir.resolve("escaped")).doesNotExist();
    }

    @Test
    void aSnapshotWithoutManifestOrDatabaseIsRefused() throws Exception {
        Path noManifest = dir.resolve("no-manifest.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noManifest))) {
            zip.putNextEntry(new ZipEntry(SnapshotFile.DATABASE));
            zip.write(1);
        }
        assertThatThrownBy(() -> SnapshotFile.extract(noManifest, dir.resolve("x/db"), dir.resolve("x/index")))
                .isInstanceOf(SnapshotRefusedException.class).hasMessage("it has no manifest (snapshot.properties)");

        Path noDatabase = dir.resolve("no-database.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noDatabase))) {
            zip.putNextEntry(new ZipEntry(SnapshotFile.MANIFEST));
            manifest.toProperties().store((OutputStream) zip, null);
        }
        assertThatThrownBy(() -> SnapshotFile.extract(noDatabase, dir.resolve("x/db"), dir.resolve("x/index")))
                .isInstanceOf(SnapshotRefusedException.class).hasMessage("it holds no database");
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> SnapshotFile.extract(dir.resolve("nowhere.zip"), dir.resolve("x/db"), dir.resolve("x/index")))
                .isInstanceOf(SnapshotRefusedException.class).hasMessage("there is no such file");
    }
}
