package com.quicktakes.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Derives the database url from {@code site.data-dir}: H2 refuses a path that is implicitly
 * relative ({@code data}), so the folder is made absolute here. A
 * {@code quarkus.datasource.jdbc.url} set anywhere else (the tests' in-memory database, an
 * operator's choice, a loaded snapshot) wins: this source has a lower ordinal than every other.
 */
public class DatabaseUrl implements ConfigSourceFactory {

    public static final String PROPERTY = "quarkus.datasource.jdbc.url";
    static final String FILE_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=65536";
    private static final String FILE_PREFIX = "jdbc:h2:file:";
    private static final String NAME = "quicktakes";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dataDir = context.getValue("site.data-dir");
        String dir = dataDir == null || dataDir.getValue() == null ? "data" : dataDir.getValue();
        return List.of(new PropertiesConfigSource(Map.of(PROPERTY, inFolder(Path.of(dir))), "site.data-dir", 50));
    }

    /** The url of the site's database file in this folder. */
    public static String inFolder(Path folder) {
        return FILE_PREFIX + folder.toAbsolutePath().normalize().resolve(NAME) + FILE_OPTIONS;
    }

    /**
     * The file that holds a database in H2's file mode ({@code jdbc:h2:file:/a/b;…} is
     * {@code /a/b.mv.db}); empty for any other url (in memory, a server).
     */
    public static Optional<Path> databaseFile(String url) {
        if (!url.startsWith(FILE_PREFIX)) {
            return Optional.empty();
        }
        String path = url.substring(FILE_PREFIX.length());
        int options = path.indexOf(';');
        return Optional.of(Path.of((options < 0 ? path : path.substring(0, options)) + ".mv.db").toAbsolutePath().normalize());
    }
}
