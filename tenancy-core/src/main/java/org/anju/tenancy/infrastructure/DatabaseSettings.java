package org.anju.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where PostgreSQL is: {@code ANJU_DB_HOST}, {@code ANJU_DB_PORT}, {@code ANJU_DB_NAME}, {@code ANJU_DB_USER},
 * {@code ANJU_DB_PASSWORD} (defaults 127.0.0.1, 5432, anju, postgres, empty), the same variables the server's
 * DataSource uses. Hands out <em>unpooled</em> connections for work that must not share a pooled connection's
 * session state: creating the database and running Liquibase (which leaves its search_path behind).
 */
@ApplicationScoped
public class DatabaseSettings {

    private static final Pattern DB_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    @Inject
    @ConfigProperty(name = "ANJU_DB_HOST", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "ANJU_DB_PORT", defaultValue = "5432")
    int port;

    @Inject
    @ConfigProperty(name = "ANJU_DB_NAME", defaultValue = "anju")
    String database;

    @Inject
    @ConfigProperty(name = "ANJU_DB_USER", defaultValue = "postgres")
    String user;

    @Inject
    @ConfigProperty(name = "ANJU_DB_PASSWORD")
    Optional<String> password;

    public String database() {
        if (!DB_NAME.matcher(database).matches()) {
            throw new IllegalStateException("ANJU_DB_NAME must match " + DB_NAME.pattern());
        }
        return database;
    }

    /** A new unpooled connection to the application database, autocommit on. */
    public Connection open() throws SQLException {
        return dataSource(database()).getConnection();
    }

    /** A new unpooled connection to the server's maintenance database, to create ours. */
    public Connection openMaintenance() throws SQLException {
        return dataSource("postgres").getConnection();
    }

    private PGSimpleDataSource dataSource(String db) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {host});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(db);
        ds.setUser(user);
        password.filter(p -> !p.isEmpty()).ifPresent(ds::setPassword);
        ds.setApplicationName("anju-migrator");
        return ds;
    }
}
