package com.quicktakes.catalog;

/** The database schema this code reads and writes, as Flyway numbers it. */
public final class DatabaseSchema {

    /**
     * The version of the last migration in {@code src/main/resources/db/migration}: a new migration
     * bumps it ({@code DatabaseSchemaTest} checks). Snapshots record it, and a snapshot of another
     * schema is refused.
     */
    public static final String VERSION = "1";

    private DatabaseSchema() {
    }
}
