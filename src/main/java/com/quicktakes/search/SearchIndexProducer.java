package com.quicktakes.search;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.quicktakes.config.DatabaseUrl;
import com.quicktakes.config.SiteConfig;

/**
 * The application's one search index, where the database is: a folder {@code search} beside the
 * database file (in {@code site.data-dir}, or wherever the jdbc url puts it: a loaded snapshot's
 * folder), or memory when the database is in memory (the {@code memory} profile, the tests), so
 * that the two always go together.
 */
@ApplicationScoped
public class SearchIndexProducer {

    @Produces
    @Singleton
    SearchIndex index(SiteConfig config, @ConfigProperty(name = DatabaseUrl.PROPERTY) String databaseUrl) {
        if (databaseUrl.startsWith("jdbc:h2:mem:")) {
            return SearchIndex.inMemory();
        }
        Path databaseFolder = DatabaseUrl.databaseFile(databaseUrl).map(Path::getParent)
                .orElse(config.dataDir().toAbsolutePath().normalize());
        return SearchIndex.onDisk(folderBeside(databaseFolder));
    }

    /** The index's folder for a database in this folder. */
    public static Path folderBeside(Path databaseFolder) {
        return databaseFolder.resolve("search");
    }

    void close(@Disposes SearchIndex index) {
        index.close();
    }
}
