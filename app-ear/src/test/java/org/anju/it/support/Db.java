package org.anju.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct connections to the test PostgreSQL, from the same ANJU_DB_* variables the server reads. */
public final class Db {

    private Db() {
    }

    public static Connection open(String database) throws SQLException {
        String host = env("ANJU_DB_HOST", "127.0.0.1");
        String port = env("ANJU_DB_PORT", "5432");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database,
                env("ANJU_DB_USER", "postgres"), env("ANJU_DB_PASSWORD", ""));
    }

    /** The database of the integration-test server. */
    public static Connection openTestDatabase() throws SQLException {
        return open(System.getProperty("anju.it.dbName", "anju_it"));
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
