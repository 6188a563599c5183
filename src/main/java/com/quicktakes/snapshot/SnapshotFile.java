package com.quicktakes.snapshot;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The snapshot file: a zip of stored (not deflated) entries: the manifest ({@link SnapshotManifest})
 * first, the database file, and the search index's files under {@code search/}. Stored, because
 * the answers in the database are deflated already and extraction happens at every start: for
 * 36,000 questions deflating saved 11% of the size and cost 1.4 s more per start
 * ({@code docs/performance.md}). Every entry's CRC is checked as it is extracted.
 */
final class SnapshotFile {

    static final String MANIFEST = "snapshot.properties";
    static final String DATABASE = "database.mv.db";
    static final String SEARCH = "search/";
    /** Lucene's file names ({@code _0.cfs}, {@code segments_2}); anything else is refused, so no entry lands outside its folder. */
    private static final Pattern INDEX_FILE = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final int BUFFER = 1 << 16;

    private SnapshotFile() {
    }

    /**
     * Writes a temporary file beside {@code target}, then moves it over {@code target}: a reader sees
     * the previous file or the new one, whole.
     *
     * @return the snapshot's size in bytes
     */
    static long write(Path target, SnapshotManifest manifest, Path database, Map<String, Path> indexFiles) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve(target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), BUFFER))) {
                ByteArrayOutputStream properties = new ByteArrayOutputStream();
                manifest.toProperties().store(properties, "QuickTakes snapshot");
                putStored(zip, MANIFEST, properties.toByteArray());
                putStored(zip, DATABASE, database);
                for (Map.Entry<String, Path> file : indexFiles.entrySet()) {
                    putStored(zip, SEARCH + file.getKey(), file.getValue());
                }
            }
            Files.move(temp, target, ATOMIC_MOVE, REPLACE_EXISTING);
            return Files.size(target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Checks the manifest, then extracts the database to {@code database} and the index's files into
     * {@code indexFolder}.
     *
     * @throws SnapshotRefusedException for a missing, truncated, damaged or incompatible snapshot, or one that cannot be extracted
     */
    static SnapshotManifest extract(Path snapshot, Path database, Path indexFolder) throws SnapshotRefusedException {
        try (ZipFile zip = new ZipFile(snapshot.toFile())) {
            SnapshotManifest manifest = manifest(zip);
            Optional<String> incompatibility = manifest.incompatibility();
            if (incompatibility.isPresent()) {
                throw new SnapshotRefusedException(incompatibility.get());
            }
            if (zip.getEntry(DATABASE) == null) {
                throw new SnapshotRefusedException("it holds no database");
            }
            Files.createDirectories(indexFolder);
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.equals(DATABASE)) {
                    copyChecked(zip, entry, database);
                } else if (name.startsWith(SEARCH) && INDEX_FILE.matcher(name.substring(SEARCH.length())).matches()) {
                    copyChecked(zip, entry, indexFolder.resolve(name.substring(SEARCH.length())));
                } else if (!name.equals(MANIFEST)) {
                    throw new SnapshotRefusedException("it holds an unexpected entry " + name);
                }
            }
            return manifest;
        } catch (NoSuchFileException e) {
            throw new SnapshotRefusedException("there is no such file");
        } catch (ZipException e) {
            throw new SnapshotRefusedException("it is not a whole snapshot file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new SnapshotRefusedException("it cannot be extracted (" + e + ")");
        }
    }

    private static SnapshotManifest manifest(ZipFile zip) throws IOException, SnapshotRefusedException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new SnapshotRefusedException("it has no manifest (" + MANIFEST + ")");
        }
        Properties properties = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            properties.load(in);
        }
        return SnapshotManifest.from(properties);
    }

    private static void copyChecked(ZipFile zip, ZipEntry entry, Path to) throws IOException, SnapshotRefusedException {
        CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(zip.getInputStream(entry), crc)) {
            Files.copy(in, to, REPLACE_EXISTING);
        }
        if (crc.getValue() != entry.getCrc()) {
            throw new SnapshotRefusedException("its entry " + entry.getName() + " is damaged (CRC mismatch)");
        }
    }

    private static void putStored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        zip.putNextEntry(storedEntry(name, content.length, crc.getValue()));
        zip.write(content);
        zip.closeEntry();
    }

    /** A stored entry's size and CRC come before its bytes: the file is read twice (from the page cache the second time). */
    private static void putStored(ZipOutputStream zip, String name, Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(Files.newInputStream(file), crc)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        zip.putNextEntry(storedEntry(name, Files.size(file), crc.getValue()));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static ZipEntry storedEntry(String name, long size, long crc) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc);
        return entry;
    }
}
