package com.quicktakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package dependency graph of {@code docs/architecture.md}, checked against the imports of
 * {@code src/main/java}: the read side and the write side share only the packages below them.
 */
class ArchitectureTest {

    /** Which packages each package may import (beyond itself); the root package is the application's entry. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("(root)", Set.of("importer", "config")),
            Map.entry("config", Set.of()),
            Map.entry("catalog", Set.of("config")),
            Map.entry("markdown", Set.of()),
            Map.entry("search", Set.of("config")),
            Map.entry("importer", Set.of("catalog", "markdown", "search", "snapshot", "config")),
            Map.entry("snapshot", Set.of("catalog", "search", "config")),
            Map.entry("web", Set.of("catalog", "config")),
            Map.entry("pages", Set.of("web", "catalog", "search", "config")),
            Map.entry("seo", Set.of("web", "catalog", "config")),
            Map.entry("ops", Set.of("importer", "web", "catalog", "config")));

    private static final Pattern PACKAGE = Pattern.compile("^package com\\.quicktakes(?:\\.(\\w+))?;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?com\\.quicktakes\\.(\\w+)\\.", Pattern.MULTILINE);

    @Test
    void everyPackageImportsOnlyWhatTheGraphAllows() throws IOException {
        Map<String, Set<String>> used = dependencies();
        assertThat(ALLOWED.keySet()).as("every package is in the graph").containsAll(used.keySet());
        List<String> violations = new ArrayList<>();
        used.forEach((from, targets) -> targets.stream()
                .filter(to -> !ALLOWED.get(from).contains(to))
                .forEach(to -> violations.add(from + " -> " + to)));
        assertThat(violations).as("imports the graph does not allow").isEmpty();
    }

    @Test
    void theImporterAndTheWebSideNeverImportEachOther() throws IOException {
        Map<String, Set<String>> used = dependencies();
        assertThat(used.getOrDefault("importer", Set.of())).doesNotContainAnyElementsOf(List.of("web", "pages", "seo", "ops"));
        for (String readSide : List.of("web", "pages", "seo")) {
            assertThat(used.getOrDefault(readSide, Set.of())).as(readSide).doesNotContain("importer");
        }
        assertThat(used.getOrDefault("seo", Set.of())).doesNotContain("pages");
        assertThat(used.getOrDefault("pages", Set.of())).doesNotContain("seo");
    }

    /** Package (its last name) → the other packages of the site its classes import. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/quicktakes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(source);
                assertThat(pkg.find()).as(file + " has a package").isTrue();
                String from = pkg.group(1) == null ? "(root)" : pkg.group(1);
                Set<String> targets = used.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher imports = IMPORT.matcher(source);
                while (imports.find()) {
                    String to = Character.isUpperCase(imports.group(1).charAt(0)) ? "(root)" : imports.group(1);
                    if (!to.equals(from)) {
                        targets.add(to);
                    }
                }
            }
        }
        return used;
    }
}
