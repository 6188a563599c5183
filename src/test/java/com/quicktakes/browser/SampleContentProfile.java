package com.quicktakes.browser;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * An app of its own serving the bundled sample content, whose answers are long (headings, tables,
 * math, a table of contents) where the test content's are short. Its own database, so the test
 * content's stays as the other tests expect it.
 */
public class SampleContentProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:browser-sample;DB_CLOSE_DELAY=-1",
                "site.content-dir", "src/main/resources/sample-content");
    }
}
