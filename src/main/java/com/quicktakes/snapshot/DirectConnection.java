package com.quicktakes.snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A connection to an H2 database outside the datasource's pool, made by the driver itself (no
 * lookup by name through {@code DriverManager}, so the native image needs nothing more).
 */
final class DirectConnection {

    private DirectConnection() {
    }

    static Connection open(String url, String user, String password) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return new org.h2.Driver().connect(url, credentials);
    }
}
