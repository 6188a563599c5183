package com.quicktakes.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.quicktakes.config.SiteConfig;

/**
 * The application's one search index, where the database is: a folder beside the database file
 * ({@code site.data-dir/search}), or memory when the database is in memory (the {@code memory}
 * profile, the tests), so that the two always go together.
 */
@ApplicationScoped
public class SearchIndexProducer {

    @Produces
    @Singleton
    SearchIndex index(SiteConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String databaseUrl) {
        return databaseUrl.startsWith("jdbc:h2:mem:") ? SearchIndex.inMemory()
                : SearchIndex.onDisk(config.dataDir().toAbsolutePath().normalize().resolve("search"));
    }

    void close(@Disposes SearchIndex index) {
        index.close();
    }
}
