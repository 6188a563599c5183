package com.quicktakes.importer;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * The file system's change notifications for a content folder: the folder and every sub-folder
 * are watched (new sub-folders as they appear; hidden ones, which hold no content, are not). When
 * the folder's path is a symbolic link (a {@code current} link switched between releases), the
 * folder holding the link is watched too, for a switch of that one name.
 */
final class FolderEvents implements Closeable {

    private static final Logger LOG = Logger.getLogger(FolderEvents.class);

    private final Path folder;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private Path root;
    private WatchKey linkKey;
    private boolean warnedAboutLimit;

    private FolderEvents(Path folder, WatchService service) {
        this.folder = folder.toAbsolutePath();
        this.service = service;
    }

    /**
     * @throws UnsupportedOperationException when the folder's file system sends no notifications
     *                                       (a folder inside a jar)
     */
    static FolderEvents open(Path folder) throws IOException {
        FolderEvents events = new FolderEvents(folder, folder.getFileSystem().newWatchService());
        try {
            events.watchLink();
            events.root = events.folder.toRealPath();
            events.watchTree(events.root);
        } catch (IOException | RuntimeException e) {
            events.close();
            throw e;
        }
        return events;
    }

    /**
     * Waits up to {@code millis} for notifications, then takes every one that has arrived.
     *
     * @return whether any of them may concern the content
     */
    boolean await(long millis) throws InterruptedException {
        boolean relevant = false;
        WatchKey key = service.poll(millis, TimeUnit.MILLISECONDS);
        while (key != null) {
            relevant |= take(key);
            key = service.poll();
        }
        return relevant;
    }

    /** Follows a switched link: when the folder's path now leads to another folder, watches that one instead. */
    void followLink() {
        try {
            Path now = folder.toRealPath();
            if (!now.equals(root)) {
                folders.keySet().forEach(WatchKey::cancel);
                folders.clear();
                root = now;
                watchTree(root);
            }
        } catch (IOException e) {
            LOG.debugf("the content folder cannot be resolved now (%s); watching where it was", e.getMessage());
        }
    }

    private boolean take(WatchKey key) {
        boolean relevant = false;
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Notifications were lost, new sub-folders with them: look again.
                watchTree(root);
                relevant = true;
            } else if (key == linkKey) {
                relevant |= folder.getFileName().equals(event.context());
            } else if (dir != null && concernsContent((Path) event.context())) {
                Path child = dir.resolve((Path) event.context());
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    watchTree(child);
                }
                relevant = true;
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone
        }
        return relevant;
    }

    /**
     * Hidden files and folders hold no content ({@link ContentTree}): an editor's swap file is no
     * change. Names starting with two dots are Kubernetes' own: a ConfigMap or Secret volume is
     * updated by switching its {@code ..data} link.
     */
    static boolean concernsContent(Path name) {
        String text = name.toString();
        return !text.startsWith(".") || text.startsWith("..");
    }

    private void watchLink() {
        Path parent = folder.getParent();
        if (parent == null || !Files.isSymbolicLink(folder)) {
            return;
        }
        try {
            linkKey = parent.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        } catch (IOException e) {
            LOG.infof("cannot watch %s for a switch of the content folder's link (%s): the rescan will notice it", parent, e.getMessage());
        }
    }

    /** Watches a folder and its sub-folders; linked sub-folders are not followed, as in {@link ContentTree}. */
    private void watchTree(Path top) {
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE; // hidden, as in ContentTree
                    }
                    return watch(dir) ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // removed while we looked: its deletion was noticed
                }
            });
        } catch (IOException e) {
            LOG.debugf("could not watch every folder under %s: %s", top, e.getMessage());
        }
    }

    private boolean watch(Path dir) {
        try {
            folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
            return true;
        } catch (IOException e) {
            // Most likely the system's limit of watched folders (fs.inotify.max_user_watches).
            if (!warnedAboutLimit) {
                warnedAboutLimit = true;
                LOG.warnf("cannot watch %s (%s): changes in folders not watched are noticed by the periodic rescan only", dir, e);
            }
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
