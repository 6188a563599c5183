package com.quicktakes.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTreeTest {

    @TempDir
    Path dir;

    private void write(String relativePath) throws IOException {
        Path file = dir.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\n---\n");
    }

    @Test
    void listsMarkdownFilesAtAnyDepthInPathOrderWithoutHiddenOnes() throws IOException {
        write("b/deep/er/q.md");
        write("a.md");
        write("b/notes.txt");
        write(".git/x.md");
        write("b/.draft.md");
        assertThat(ContentTree.list(dir)).containsExactly("a.md", "b/deep/er/q.md");
    }

    @Test
    void followsALinkedContentFolderAndLinkedFilesButNotLinkedSubFolders() throws IOException {
        write("release-42/physics/q.md");
        write("elsewhere/linked-file-target.md");
        Files.createSymbolicLink(dir.resolve("release-42/physics/linked.md"), dir.resolve("elsewhere/linked-file-target.md"));
        Files.createSymbolicLink(dir.resolve("release-42/loop"), dir.resolve("release-42"));
        Path current = Files.createSymbolicLink(dir.resolve("current"), dir.resolve("release-42"));

        assertThat(ContentTree.list(current)).containsExactly("physics/linked.md", "physics/q.md");
    }

    @Test
    void aMissingFolderIsAClearError() {
        assertThatThrownBy(() -> ContentTree.list(dir.resolve("nope"))).hasMessageContaining("content folder not found");
    }
}
