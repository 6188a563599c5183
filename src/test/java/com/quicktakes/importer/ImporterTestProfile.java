package com.quicktakes.importer;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** An app of its own for import tests: its own database, and no import at startup. */
public class ImporterTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:importer-tests;DB_CLOSE_DELAY=-1",
                "site.import-on-start", "false",
                "site.max-file-size", "64K");
    }
}
