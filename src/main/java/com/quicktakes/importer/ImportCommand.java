package com.quicktakes.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.quicktakes.config.SiteConfig;
import com.quicktakes.snapshot.SnapshotWriter;

import io.quarkus.runtime.QuarkusApplication;

/**
 * {@code import [--strict] [--report FILE] [--snapshot FILE] [CONTENT_DIR]}: imports without
 * serving. Prints progress on long runs to stderr, then the summary line and one line per problem
 * to stdout, then, with {@code --snapshot}, the snapshot written ({@link SnapshotWriter}).
 * Exit status: 0 imported, 1 errors with {@code --strict} (nothing changed), a failed import or a
 * failed snapshot, 2 wrong usage.
 */
public class ImportCommand implements QuarkusApplication {

    static final String USAGE = "usage: import [--strict] [--report FILE] [--snapshot FILE] [CONTENT_DIR]";

    @Inject
    SiteConfig config;

    @Inject
    ContentImporter importer;

    @Inject
    ObjectMapper json;

    @Inject
    SnapshotWriter snapshots;

    @Override
    public int run(String... args) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        boolean strict = false;
        Path report = null;
        Path snapshot = null;
        Path dir = null;
        Iterator<String> it = Arrays.asList(args).subList(1, args.length).iterator();
        while (it.hasNext()) {
            String arg = it.next();
            if (arg.equals("--strict")) {
                strict = true;
            } else if (arg.equals("--report") && it.hasNext()) {
                report = Path.of(it.next());
            } else if (arg.equals("--snapshot") && it.hasNext()) {
                snapshot = Path.of(it.next());
            } else if (arg.startsWith("-") || dir != null) {
                err.println(USAGE);
                return 2;
            } else {
                dir = Path.of(arg);
            }
        }
        Path contentDir = dir != null ? dir : ContentTree.configured(config);
        if (!Files.isDirectory(contentDir)) {
            err.println("import: content folder not found: " + contentDir);
            return 2;
        }
        Optional<String> noSnapshot = snapshot == null ? Optional.empty() : snapshots.unavailable();
        if (noSnapshot.isPresent()) {
            err.println("import: no snapshot: " + noSnapshot.get());
            return 2;
        }
        ImportReport result;
        try {
            result = importer.importFrom(contentDir, strict, new PercentProgress(err::println));
        } catch (IOException | RuntimeException e) {
            err.println("import failed, nothing changed: " + e);
            return 1;
        }
        out.println(result.summary());
        result.problems().forEach(out::println);
        if (report != null) {
            json.writer(SerializationFeature.INDENT_OUTPUT).writeValue(report.toFile(), result);
        }
        if (!result.committed()) {
            return 1;
        }
        return snapshot == null ? 0 : writeSnapshot(snapshot, out, err);
    }

    private int writeSnapshot(Path target, PrintStream out, PrintStream err) {
        try {
            SnapshotWriter.Written written = snapshots.write(target);
            out.printf(Locale.ROOT, "snapshot written: %s, %.1f MiB (database %.1f MiB, search index %.1f MiB, %d questions) in %.1f s%n",
                    written.file(), mib(written.bytes()), mib(written.databaseBytes()), mib(written.indexBytes()),
                    written.questions(), written.seconds());
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            err.println("snapshot failed: " + e);
            return 1;
        }
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
