package com.quicktakes.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which notifications of the file system count as a change of the content. */
class FolderEventsTest {

    /** Long enough for a notification to arrive, on a busy machine. */
    private static final long ARRIVES = 5_000;
    /** How long to listen when nothing should arrive. */
    private static final long SILENCE = 500;

    @TempDir
    Path dir;

    Path content;
    FolderEvents events;

    @BeforeEach
    void watchSomeContent() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(content.resolve("physics"));
        Files.writeString(content.resolve("physics/a.md"), "alpha");
    }

    @AfterEach
    void close() throws IOException {
        if (events != null) {
            events.close();
        }
    }

    @Test
    void writingAFileAtAnyDepthIsAChange() throws Exception {
        events = FolderEvents.open(content);
        Files.writeString(content.resolve("physics/a.md"), "alpha, edited");
        assertThat(events.await(ARRIVES)).isTrue();
        Files.writeString(content.resolve("b.md"), "beta");
        assertThat(events.await(ARRIVES)).isTrue();
        Files.delete(content.resolve("b.md"));
        assertThat(events.await(ARRIVES)).isTrue();
    }

    @Test
    void aSubFolderMadeWhileWatchingIsWatchedToo() throws Exception {
        events = FolderEvents.open(content);
        Files.createDirectories(content.resolve("astronomy/stars"));
        assertThat(events.await(ARRIVES)).isTrue();
        drain();
        Files.writeString(content.resolve("astronomy/stars/sun.md"), "a star");
        assertThat(events.await(ARRIVES)).isTrue();
    }

    @Test
    void hiddenFilesAndFoldersAreNoChange() throws Exception {
        Files.createDirectories(content.resolve(".git"));
        events = FolderEvents.open(content);
        Files.writeString(content.resolve("physics/.a.md.swp"), "editor state");
        Files.writeString(content.resolve(".git/index"), "git state");
        assertThat(events.await(SILENCE)).isFalse();
    }

    @Test
    void kubernetesVolumeUpdatesAreChanges() {
        assertThat(FolderEvents.concernsContent(Path.of("..data"))).isTrue();
        assertThat(FolderEvents.concernsContent(Path.of("..2025_01_01_12_00_00.123"))).isTrue();
        assertThat(FolderEvents.concernsContent(Path.of(".a.md.swp"))).isFalse();
        assertThat(FolderEvents.concernsContent(Path.of("a.md"))).isTrue();
    }

    @Test
    void aSwitchedFolderLinkIsAChangeAndTheNewFolderIsWatched() throws Exception {
        Path release2 = Files.createDirectories(dir.resolve("release-2"));
        Path current = Files.createSymbolicLink(dir.resolve("current"), content);
        events = FolderEvents.open(current);

        Path next = Files.createSymbolicLink(dir.resolve("next"), release2);
        Files.move(next, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(events.await(ARRIVES)).as("the link switched").isTrue();
        events.followLink();
        drain();

        Files.writeString(release2.resolve("c.md"), "gamma");
        assertThat(events.await(ARRIVES)).as("a file in the new release").isTrue();
        Files.writeString(content.resolve("physics/a.md"), "the old release, edited");
        assertThat(events.await(SILENCE)).as("a file in the old release").isFalse();
    }

    private void drain() throws InterruptedException {
        while (events.await(SILENCE)) {
            // notifications of the step before
        }
    }
}
