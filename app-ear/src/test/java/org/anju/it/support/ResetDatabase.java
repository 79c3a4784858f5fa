package org.anju.it.support;

import java.sql.Connection;
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
        try (Connection c = Db.open("postgres"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            System.out.println("[anju] dropped test database " + name);
        }
    }
}
