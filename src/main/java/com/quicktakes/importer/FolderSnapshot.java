package com.quicktakes.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What the periodic rescan compares: the real folder behind the content folder's path (a link may
 * have been switched) and each content file's path, size, modification time and identity (a file
 * replaced by a rename is a new one), summed up in one digest. Reading it costs a walk of the
 * folder and one attribute read per file, never the files' bytes.
 */
record FolderSnapshot(String digest) {

    /** The folder as it is now; empty when it cannot be read completely (it is missing, or changed during the walk). */
    static Optional<FolderSnapshot> of(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                return Optional.empty();
            }
            Path root = folder.toRealPath();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            add(digest, root.toString());
            List<String> paths = new ArrayList<>(ContentTree.list(root));
            if (Files.exists(root.resolve(RedirectsFile.NAME))) {
                paths.add(RedirectsFile.NAME);
            }
            for (String path : paths) {
                BasicFileAttributes file = Files.readAttributes(root.resolve(path), BasicFileAttributes.class);
                add(digest, path);
                add(digest, file.size() + "|" + file.lastModifiedTime() + "|" + file.fileKey());
            }
            return Optional.of(new FolderSnapshot(HexFormat.of().formatHex(digest.digest())));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void add(MessageDigest digest, String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
