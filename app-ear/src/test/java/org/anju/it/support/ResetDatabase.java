package org.anju.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Drops the integration-test database before a test run, so that every run starts from a fresh machine's state
 * (the server creates and migrates it again at start-up). Refuses any name that does not end in {@code _it}.
 */
public final class ResetDatabase {

    private ResetDatabase() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "anju_it";
        if (!Pattern.matches("[a-z_][a-z0-9_]*_it", name)) {
            throw new IllegalArgumentException("refusing to drop " + name + ": only *_it test databases");
        }
        String host = env("ANJU_DB_HOST", "127.0.0.1");
        String port = env("ANJU_DB_PORT", "5432");
        String user = env("ANJU_DB_USER", "postgres");
        String password = env("ANJU_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            System.out.println("[anju] dropped test database " + name);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
