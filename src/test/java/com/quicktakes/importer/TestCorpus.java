package com.quicktakes.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A content folder written by a test, file by file. */
final class TestCorpus {

    final Path root;

    TestCorpus(Path root) {
        this.root = root;
    }

    /** A valid question file in the export's layout. */
    TestCorpus question(String path, String subject, String slug, String title, String... extraLines) {
        StringBuilder text = new StringBuilder("---\n")
                .append("id: 1\n")
                .append("title: >-\n    ").append(title).append('\n')
                .append("subject: ").append(subject).append('\n')
                .append("url: /learn/").append(Slugs.slug(subject)).append("/questions/").append(slug).append('\n')
                .append("answer: >-\n    An answer about ").append(title).append(".\\n\\nSecond paragraph.\n");
        for (String line : extraLines) {
            text.append(line).append('\n');
        }
        return write(path, text.append("---\n\n&nbsp;").toString());
    }

    TestCorpus write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    TestCorpus write(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestCorpus delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
