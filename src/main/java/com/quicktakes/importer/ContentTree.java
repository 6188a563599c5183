package com.quicktakes.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import com.quicktakes.config.SiteConfig;

/** Finds the content files of a folder: every {@code *.md} at any depth, hidden files and folders left out. */
public final class ContentTree {

    /** Classpath folder of the sample content bundled with the app. */
    static final String BUNDLED_SAMPLE = "sample-content";
    static final int MAX_PATH_LENGTH = 4000;
    private static final Logger LOG = Logger.getLogger(ContentTree.class);

    private ContentTree() {
    }

    /**
     * Relative paths with {@code /} separators, sorted, so "first in path order" means the same
     * everywhere. The folder itself may be a symbolic link (a release folder switched by a link, a
     * mounted volume) and so may its files (a Kubernetes ConfigMap); linked sub-folders are not
     * followed, so a link loop cannot make an import endless.
     */
    public static List<String> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("content folder not found: " + folder);
        }
        Path root = folder.toRealPath();
        List<String> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .map(file -> relative(root, file))
                    .filter(ContentTree::isContentFile)
                    .filter(ContentTree::fitsTheDatabase)
                    .forEach(paths::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        paths.sort(null);
        return paths;
    }

    /**
     * Paths are kept in 4,000 characters; a deeper one (the file system allows a little more) is
     * left out with a log line, since a problem about it could not be stored either.
     */
    private static boolean fitsTheDatabase(String relativePath) {
        if (relativePath.length() <= MAX_PATH_LENGTH) {
            return true;
        }
        LOG.errorf("content file left out: its path is %d characters long, at most %d are kept: %s…",
                relativePath.length(), MAX_PATH_LENGTH, relativePath.substring(0, 200));
        return false;
    }

    static boolean isContentFile(String relativePath) {
        if (!relativePath.endsWith(".md")) {
            return false;
        }
        for (String part : relativePath.split("/")) {
            if (part.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static String relative(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    /** {@code site.content-dir}, or the sample bundled with the app when it is not set. */
    public static Path configured(SiteConfig config) {
        return config.contentDir().orElseGet(ContentTree::bundledSample);
    }

    /**
     * The bundled sample as a folder: a plain folder in development and tests, a folder inside the
     * application jar in production, and the image's resources in a native executable.
     */
    public static Path bundledSample() {
        URL url = ContentTree.class.getClassLoader().getResource(BUNDLED_SAMPLE);
        if (url == null) {
            throw new IllegalStateException("the bundled sample content is missing from the application");
        }
        try {
            URI uri = url.toURI();
            if (!"file".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened by an earlier import
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled sample content at " + url, e);
        }
    }
}
