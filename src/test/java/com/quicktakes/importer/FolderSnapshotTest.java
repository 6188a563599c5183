package com.quicktakes.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the periodic rescan sees as a change of the content folder, and what it does not. */
class FolderSnapshotTest {

    private static final FileTime NOON = FileTime.from(Instant.parse("2025-01-01T12:00:00Z"));

    @TempDir
    Path dir;

    Path content;
    Optional<FolderSnapshot> before;

    @BeforeEach
    void someContent() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        write("physics/a.md", "alpha");
        write("physics/b.md", "beta");
        before = FolderSnapshot.of(content);
        assertThat(before).isPresent();
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, NOON);
    }

    @Test
    void anUnchangedFolderIsTheSame() {
        assertThat(FolderSnapshot.of(content)).isEqualTo(before);
    }

    @Test
    void anEditedFileIsAChange() throws IOException {
        Files.writeString(content.resolve("physics/a.md"), "alpha, edited");
        assertThat(FolderSnapshot.of(content)).isNotEqualTo(before);
    }

    @Test
    void anEditThatKeepsTheSizeIsAChangeByItsTime() throws IOException {
        Files.writeString(content.resolve("physics/a.md"), "ALPHA");
        Files.setLastModifiedTime(content.resolve("physics/a.md"), FileTime.from(NOON.toInstant().plusMillis(1)));
        assertThat(FolderSnapshot.of(content)).isNotEqualTo(before);
    }

    @Test
    void aFileReplacedByARenameIsAChangeEvenWithTheSameSizeAndTime() throws IOException {
        Path replacement = content.resolve("physics/.a.md.tmp");
        Files.writeString(replacement, "ALPHA");
        Files.setLastModifiedTime(replacement, NOON);
        Files.move(replacement, content.resolve("physics/a.md"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(FolderSnapshot.of(content)).isNotEqualTo(before);
    }

    @Test
    void addedRemovedAndRenamedFilesAreChanges() throws IOException {
        write("physics/c.md", "gamma");
        Optional<FolderSnapshot> added = FolderSnapshot.of(content);
        assertThat(added).isNotEqualTo(before);
        Files.delete(content.resolve("physics/c.md"));
        assertThat(FolderSnapshot.of(content)).isEqualTo(before);
        Files.move(content.resolve("physics/b.md"), content.resolve("physics/b2.md"));
        assertThat(FolderSnapshot.of(content)).isNotEqualTo(before);
    }

    @Test
    void theRedirectsFileCounts() throws IOException {
        write(RedirectsFile.NAME, "/a /b\n");
        assertThat(FolderSnapshot.of(content)).isNotEqualTo(before);
    }

    @Test
    void filesTheImportDoesNotReadAreNoChange() throws IOException {
        write("physics/.a.md.swp", "editor state");
        write("physics/notes.txt", "not content");
        write(".git/HEAD", "ref: refs/heads/main");
        assertThat(FolderSnapshot.of(content)).isEqualTo(before);
    }

    @Test
    void aFolderLinkSwitchedToAnotherReleaseIsAChange() throws IOException {
        Path release2 = Files.createDirectories(dir.resolve("release-2"));
        Files.writeString(release2.resolve("a.md"), "alpha");
        Path current = Files.createSymbolicLink(dir.resolve("current"), content);
        Optional<FolderSnapshot> first = FolderSnapshot.of(current);
        Path next = Files.createSymbolicLink(dir.resolve("next"), release2);
        Files.move(next, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(FolderSnapshot.of(current)).isPresent().isNotEqualTo(first);
    }

    @Test
    void aMissingFolderHasNoSnapshot() {
        assertThat(FolderSnapshot.of(dir.resolve("nowhere"))).isEmpty();
    }
}
