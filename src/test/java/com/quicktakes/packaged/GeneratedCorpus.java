package com.quicktakes.packaged;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A corpus big enough that importing it takes a while, written by the test. */
final class GeneratedCorpus {

    private GeneratedCorpus() {
    }

    static Path write(Path dir, String prefix, int questions) throws IOException {
        String paragraph = "Every answer needs some body so that rendering takes a little time: *emphasis*, **bold**, "
                + "`code`, a [link](https://example.org/) and $x^2$ math.";
        String answer = (paragraph + "\\n\\n").repeat(20) + "## Heading\\n\\n- one\\n- two\\n\\n| a | b |\\n|---|---|\\n| 1 | 2 |";
        for (int i = 0; i < questions; i++) {
            String subject = "Subject " + (i % 5);
            String slug = prefix + "-question-" + i;
            Path file = dir.resolve("subject-" + (i % 5)).resolve(slug + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\nid: " + i + "\ndate: 2025-01-" + String.format("%02d", 1 + i % 28)
                    + "\ntitle: >-\n    " + prefix + " question " + i + "?\nsubject: " + subject
                    + "\nurl: /learn/subject-" + (i % 5) + "/questions/" + slug
                    + "\nanswer: >-\n    " + answer + "\n---\n\n&nbsp;");
        }
        return dir;
    }
}
