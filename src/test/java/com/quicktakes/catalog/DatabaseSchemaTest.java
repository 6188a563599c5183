package com.quicktakes.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class DatabaseSchemaTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    @Test
    void versionIsTheLastFlywayMigrationsVersion() throws IOException {
        List<String> versions;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            versions = files.map(f -> MIGRATION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '.'))
                    .sorted(Comparator.comparing(DatabaseSchemaTest::parts, DatabaseSchemaTest::compare))
                    .toList();
        }
        assertThat(versions).isNotEmpty();
        assertThat(DatabaseSchema.VERSION).isEqualTo(versions.get(versions.size() - 1));
    }

    private static int[] parts(String version) {
        return Stream.of(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    private static int compare(int[] a, int[] b) {
        return java.util.Arrays.compare(a, b);
    }
}
