package com.quicktakes.snapshot;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.spi.ConfigSource;

import com.quicktakes.config.DatabaseUrl;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Loads the snapshot named by {@code site.snapshot} while the configuration is read, before the
 * datasource starts, and points the database url (and with it the search index) at the loaded
 * copy. Its ordinal, 275, is above {@code application.properties} (the {@code memory} profile's
 * in-memory url) and below the environment and system properties, so an url set there still wins.
 * The import command clears {@code site.snapshot}: it writes snapshots and never loads one.
 */
public class SnapshotSource implements ConfigSourceFactory {

    static final int ORDINAL = 275;
    /** Once per process, though Quarkus may read its configuration more than once. */
    private static final Map<Path, Optional<Path>> LOADED = new ConcurrentHashMap<>();

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue value = context.getValue("site.snapshot");
        if (value == null || value.getValue() == null || value.getValue().isBlank()) {
            return List.of();
        }
        Path snapshot = Path.of(value.getValue().strip()).toAbsolutePath().normalize();
        return LOADED.computeIfAbsent(snapshot, file -> SnapshotLoader.load(file, Path.of(System.getProperty("java.io.tmpdir")),
                        valueOf(context, "quarkus.datasource.username"),
                        valueOf(context, "quarkus.datasource.password")))
                .map(folder -> List.<ConfigSource>of(new PropertiesConfigSource(
                        Map.of(DatabaseUrl.PROPERTY, DatabaseUrl.inFolder(folder)), "site.snapshot", ORDINAL)))
                .orElse(List.of());
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null ? "" : value.getValue();
    }
}
