package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the native executable will contain, checked before a native link that this machine cannot
 * do: every file the application reads at run time is in the resource configuration Quarkus
 * generates, and every class reached by reflection is registered. Reads {@code target/native-sources}
 * from {@code ./mvnw package -Dnative -Dquarkus.native.sources-only=true}; without it the test is
 * skipped, unless {@code NATIVE_SOURCES=required} (as in CI) makes that a failure.
 */
class NativeSourcesIT {

    private static final Path SOURCES = Path.of("target", "native-sources");
    private static List<Pattern> resources;
    private static Set<String> reflection;

    @BeforeAll
    static void readNativeConfiguration() throws IOException {
        Path runner;
        try (Stream<Path> files = Files.exists(SOURCES) ? Files.list(SOURCES) : Stream.empty()) {
            runner = files.filter(f -> f.getFileName().toString().endsWith("-runner.jar")).findFirst().orElse(null);
        }
        if (runner == null) {
            String message = "no " + SOURCES + ": run ./mvnw package -Dnative -Dquarkus.native.sources-only=true -DskipTests first";
            if ("required".equals(System.getenv("NATIVE_SOURCES"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        ObjectMapper json = new ObjectMapper();
        try (ZipFile jar = new ZipFile(runner.toFile())) {
            JsonNode resourceConfig = json.readTree(jar.getInputStream(jar.getEntry("META-INF/native-image/resource-config.json")));
            resources = new ArrayList<>();
            for (JsonNode include : resourceConfig.get("resources").get("includes")) {
                resources.add(include.has("pattern") ? Pattern.compile(include.get("pattern").asText()) : globToPattern(include.get("glob").asText()));
            }
            JsonNode reflectConfig = json.readTree(jar.getInputStream(jar.getEntry("META-INF/native-image/reflect-config.json")));
            reflection = new java.util.HashSet<>();
            reflectConfig.forEach(entry -> reflection.add(entry.get("name").asText()));
        }
    }

    private static Pattern globToPattern(String glob) {
        return Pattern.compile(Pattern.quote(glob).replace("**", "\\E.*\\Q").replace("*", "\\E[^/]*\\Q"));
    }

    private static void assertIncluded(String resource) {
        assertThat(resources).as("a resource pattern of the native image matches " + resource)
                .anyMatch(pattern -> pattern.matcher(resource).matches());
    }

    /** Every file under a folder of src/main/resources, as resource paths. */
    private static List<String> filesUnder(String folder) throws IOException {
        Path root = Path.of("src", "main", "resources");
        try (Stream<Path> files = Files.walk(root.resolve(folder))) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toList());
        }
    }

    @Test
    void templatesMigrationsAndTheBundledSampleAreIncluded() throws IOException {
        List<String> needed = new ArrayList<>();
        needed.addAll(filesUnder("templates"));
        needed.addAll(filesUnder("db/migration"));
        needed.addAll(filesUnder("sample-content"));
        needed.addAll(filesUnder("web"));
        needed.add("build.properties");
        assertThat(needed).hasSizeGreaterThanOrEqualTo(40);
        needed.forEach(NativeSourcesIT::assertIncluded);
    }

    @Test
    void librariesResourcesAreIncluded() throws IOException {
        assertIncluded("org/commonmark/internal/util/entities.txt");
        try (InputStream entities = getClass().getClassLoader().getResourceAsStream("org/commonmark/internal/util/entities.txt")) {
            assertThat(entities).as("commonmark still reads its entities from this file").isNotNull();
        }
        String katex = "katex/";
        for (String file : List.of("katex.min.css", "katex.min.js", "fonts/KaTeX_Main-Regular.woff2", "fonts/KaTeX_Math-Italic.woff2")) {
            assertIncluded(katex + file);
        }
    }

    /** Every provider of the Lucene services the index uses: a lookup by name instantiates them all. */
    @Test
    void luceneServiceFilesAndEveryProviderTheyListAreRegistered() throws IOException {
        int providers = 0;
        for (String service : List.of("org.apache.lucene.codecs.Codec", "org.apache.lucene.codecs.PostingsFormat",
                "org.apache.lucene.codecs.DocValuesFormat", "org.apache.lucene.codecs.KnnVectorsFormat",
                "org.apache.lucene.index.SortFieldProvider")) {
            String file = "META-INF/services/" + service;
            assertIncluded(file);
            for (java.net.URL url : java.util.Collections.list(getClass().getClassLoader().getResources(file))) {
                try (InputStream in = url.openStream()) {
                    for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                        String provider = line.replaceAll("#.*", "").strip();
                        if (!provider.isEmpty()) {
                            assertThat(reflection).as(provider + " (listed in " + url + ")").contains(provider);
                            providers++;
                        }
                    }
                }
            }
        }
        assertThat(providers).as("providers found").isGreaterThanOrEqualTo(10);
        assertThat(reflection).contains("org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl",
                "org.apache.lucene.search.FuzzyTermsEnum$AutomatonAttributeImpl");
    }

    @Test
    void classesReachedByReflectionAreRegistered() {
        assertThat(reflection).contains(
                // config source factories: the database url from site.data-dir, or from a loaded snapshot
                "com.quicktakes.config.DatabaseUrl", "com.quicktakes.snapshot.SnapshotSource",
                // projections built by Hibernate from queries
                "com.quicktakes.catalog.QuestionSummary", "com.quicktakes.catalog.PageStart", "com.quicktakes.catalog.SearchSource",
                // written as JSON by Jackson: the import report, the import status and the answer to an import request
                "com.quicktakes.importer.ImportReport", "com.quicktakes.importer.ImportProblem",
                "com.quicktakes.ops.ImportStatusEndpoint$ImportStatus", "com.quicktakes.ops.ImportStatusEndpoint$LastImport",
                "com.quicktakes.importer.ImportScheduler$Ticket", "com.quicktakes.importer.ImportScheduler$FinishedRun",
                "com.quicktakes.importer.ImportScheduler$Trigger", "com.quicktakes.importer.ImportScheduler$Outcome",
                // entities
                "com.quicktakes.catalog.Question", "com.quicktakes.catalog.Answer", "com.quicktakes.catalog.Subject",
                "com.quicktakes.catalog.RelatedArticle", "com.quicktakes.catalog.ListingEntry", "com.quicktakes.catalog.NewestEntry",
                "com.quicktakes.catalog.Alias", "com.quicktakes.catalog.Redirect", "com.quicktakes.importer.ContentFile",
                "com.quicktakes.importer.StoredProblem", "com.quicktakes.catalog.ImportRun");
    }
}
