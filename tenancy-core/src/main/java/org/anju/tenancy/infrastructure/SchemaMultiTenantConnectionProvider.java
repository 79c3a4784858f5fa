package org.anju.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.anju.tenancy.api.NoTenantException;
import org.anju.tenancy.api.TenantContext;
import org.anju.tenancy.api.TenantId;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hibernate's connections, one schema per tenant (P1): a pooled connection of the container DataSource with
 * {@link Connection#setSchema} set to the tenant's schema. Liberty resets a schema set through the JDBC API when
 * the connection goes back to the pool, so nothing leaks into the next borrower ({@code SET search_path} through a
 * statement would leak, and is never used).
 *
 * <p>Fail closed: a connection is only handed out for the tenant bound to the current thread. Hibernate
 * instantiates this class by reflection, so it looks the DataSource up in JNDI rather than by injection.
 */
public class SchemaMultiTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    public static final String DATASOURCE_JNDI = "jdbc/anju";

    private transient volatile DataSource dataSource;

    private DataSource dataSource() throws SQLException {
        DataSource ds = dataSource;
        if (ds == null) {
            try {
                ds = (DataSource) new InitialContext().lookup(DATASOURCE_JNDI);
            } catch (NamingException e) {
                throw new SQLException("DataSource " + DATASOURCE_JNDI + " not found", e);
            }
            dataSource = ds;
        }
        return ds;
    }

    /** Used by Hibernate's tooling (schema validation); inside a tenant scope it points at that tenant's schema. */
    @Override
    public Connection getAnyConnection() throws SQLException {
        Connection c = dataSource().getConnection();
        TenantId tenant = TenantContext.current().orElse(null);
        if (tenant != null) {
            c.setSchema(tenant.schema());
        }
        return c;
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        TenantId requested = new TenantId(tenantIdentifier);
        TenantId bound = TenantContext.current()
                .orElseThrow(() -> new NoTenantException("Connection for " + requested + " requested outside any tenant scope"));
        if (!bound.equals(requested)) {
            throw new IllegalStateException("Connection for " + requested + " requested while " + bound + " is in scope");
        }
        Connection c = dataSource().getConnection();
        try {
            c.setSchema(requested.schema());
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        if (unwrapType.isInstance(this)) {
            return unwrapType.cast(this);
        }
        throw new IllegalArgumentException("Cannot unwrap to " + unwrapType);
    }
}
