package com.quicktakes.importer;

import java.util.function.Consumer;

/** Reports an import's progress at every tenth of the files, on imports of a thousand files or more. */
final class PercentProgress implements ContentImporter.Progress {

    static final int LONG_RUN = 1000;

    private final Consumer<String> out;
    private int lastTenth;

    PercentProgress(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void update(int done, int total) {
        if (total < LONG_RUN) {
            return;
        }
        int tenth = (int) (done * 10L / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            out.accept(String.format("import: %d of %d files (%d%%)", done, total, tenth * 10));
        }
    }
}
