package com.quicktakes.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Derives the database url from {@code site.data-dir}: H2 refuses a path that is implicitly
 * relative ({@code data}), so the folder is made absolute here. A
 * {@code quarkus.datasource.jdbc.url} set anywhere else (the tests' in-memory database, an
 * operator's choice) wins: this source has a lower ordinal than every other.
 */
public class DatabaseUrl implements ConfigSourceFactory {

    static final String PROPERTY = "quarkus.datasource.jdbc.url";
    static final String FILE_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=65536";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dataDir = context.getValue("site.data-dir");
        String dir = dataDir == null || dataDir.getValue() == null ? "data" : dataDir.getValue();
        String file = Path.of(dir).toAbsolutePath().normalize().resolve("quicktakes").toString();
        return List.of(new PropertiesConfigSource(Map.of(PROPERTY, "jdbc:h2:file:" + file + FILE_OPTIONS), "site.data-dir", 50));
    }
}
