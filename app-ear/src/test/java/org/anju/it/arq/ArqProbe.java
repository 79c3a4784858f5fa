package org.anju.it.arq;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.anju.audit.api.AuditReason;
import org.anju.identity.domain.StaffUser;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;

/** Does the in-container work of the Arquillian tests: each call enters a tenant, then a transaction. */
@ApplicationScoped
public class ArqProbe {

    /** The application's own WAR as built, plus the test's classes (and this probe): what every Arquillian test deploys. */
    public static org.jboss.shrinkwrap.api.spec.WebArchive deployment(Class<?>... testClasses) {
        java.io.File war = new java.io.File(System.getProperty("anju.it.webapp", "target/anju/anju-webapp.war"));
        return org.jboss.shrinkwrap.api.ShrinkWrap.create(org.jboss.shrinkwrap.api.importer.ZipImporter.class, "anju-arq.war")
                .importFrom(war).as(org.jboss.shrinkwrap.api.spec.WebArchive.class).addClasses(testClasses)
                .addClass(ArqProbe.class);
    }


    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Inject
    Transactions transactions;

    @Resource(lookup = "jdbc/anju")
    DataSource dataSource;

    public void insertUser(TenantId tenant, long id, String username, String displayName) {
        TenantScope.run(tenant, () -> transactions.runInNew(() -> em.createNativeQuery(
                        "INSERT INTO app_user (id, username, display_name, password_hash, status, created_at, updated_at) "
                                + "VALUES (?1, ?2, ?3, 'not-a-hash', 'ACTIVE', now(), now())")
                .setParameter(1, id).setParameter(2, username).setParameter(3, displayName).executeUpdate()));
    }

    public String displayName(TenantId tenant, long id) {
        return TenantScope.get(tenant, () -> transactions.inNew(() -> {
            StaffUser u = em.find(StaffUser.class, id);
            return u == null ? null : u.displayName();
        }));
    }

    public long countByUsername(TenantId tenant, String username) {
        return TenantScope.get(tenant, () -> transactions.inNew(() ->
                em.createQuery("SELECT COUNT(u) FROM StaffUser u WHERE u.username = :u", Long.class)
                        .setParameter("u", username).getSingleResult()));
    }

    /** An update in SQL (the rows were inserted in SQL, so Envers has no history of them to continue). */
    public void renameInSql(TenantId tenant, long id, String displayName) {
        TenantScope.run(tenant, () -> transactions.runInNew(() -> em.createNativeQuery(
                        "UPDATE app_user SET display_name = ?1 WHERE id = ?2")
                .setParameter(1, displayName).setParameter(2, id).executeUpdate()));
    }

    /** A user created through JPA, so that Envers records it. */
    public long createUser(TenantId tenant, String actor, String username) throws Exception {
        return TenantScope.call(tenant, actor, () -> transactions.inNew(() -> {
            StaffUser u = new StaffUser(username, "Envers " + username, null, "not-a-hash", List.of(), Instant.now());
            em.persist(u);
            em.flush();
            return u.id();
        }));
    }

    public void renameAs(TenantId tenant, String actor, long id, String displayName, String reason) throws Exception {
        TenantScope.call(tenant, actor, () -> {
            transactions.runInNew(() -> {
                AuditReason.set(reason);
                em.find(StaffUser.class, id).rename(displayName, null, Instant.now());
            });
            return null;
        });
    }

    /** Rows of {@code <schema>.app_user_aud} for a username, with actor and reason from the schema's revinfo. */
    public List<String> auditRows(String schema, String username) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT a.revtype, a.display_name, r.actor, r.reason FROM \""
                     + schema + "\".app_user_aud a JOIN \"" + schema + "\".revinfo r ON r.rev = a.rev "
                     + "WHERE a.username = ? ORDER BY a.rev")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
                }
            }
        }
        return rows;
    }

    /** Reads without any tenant in scope: must fail. */
    public Object findWithoutTenant(long id) {
        return transactions.inNew(() -> em.find(StaffUser.class, id));
    }

    /** Tries to enter another tenant inside a transaction of the first. */
    public void switchInsideTransaction(TenantId first, TenantId second) {
        TenantScope.run(first, () -> transactions.runInNew(() -> {
            em.find(StaffUser.class, 1L);
            TenantScope.run(second, () -> em.find(StaffUser.class, 1L));
        }));
    }

    /** Every mapped table and column of the persistence unit, by table. */
    public Map<String, Set<String>> mappedTables() {
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        // reaching the factory through the container's EntityManager opens a session: it needs a tenant too
        SessionFactoryImplementor sf = TenantScope.get(TenantId.PLATFORM,
                () -> em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class));
        sf.getMappingMetamodel().forEachEntityDescriptor(p -> {
            AbstractEntityPersister e = (AbstractEntityPersister) p;
            Set<String> columns = tables.computeIfAbsent(unqualified(e.getTableName()), t -> new TreeSet<>());
            for (String c : e.getIdentifierColumnNames()) {
                columns.add(c.toLowerCase());
            }
            for (int i = 0; i < e.getPropertyNames().length; i++) {
                for (String c : e.getPropertyColumnNames(i)) {
                    if (c != null) {
                        columns.add(c.toLowerCase());
                    }
                }
            }
        });
        sf.getMappingMetamodel().forEachCollectionDescriptor(p -> {
            if (p instanceof AbstractCollectionPersister cp && !cp.isOneToMany()) {
                Set<String> columns = tables.computeIfAbsent(unqualified(cp.getTableName()), t -> new TreeSet<>());
                for (String c : cp.getKeyColumnNames()) {
                    columns.add(c.toLowerCase());
                }
                for (String c : cp.getElementColumnNames()) {
                    if (c != null) {
                        columns.add(c.toLowerCase());
                    }
                }
            }
        });
        return tables;
    }

    /** The columns a table has in a schema, as Liquibase made them (empty if the table does not exist). */
    public Set<String> existingColumns(String schema, String table) throws SQLException {
        Set<String> cols = new TreeSet<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getColumns(null, schema, table, null)) {
                while (rs.next()) {
                    cols.add(rs.getString("COLUMN_NAME").toLowerCase());
                }
            }
        }
        return cols;
    }

    /** Runs SQL as the test's own sabotage or bookkeeping. */
    public void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            ps.execute();
        }
    }

    public String queryString(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(query);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String unqualified(String table) {
        int dot = table.lastIndexOf('.');
        return (dot >= 0 ? table.substring(dot + 1) : table).toLowerCase();
    }
}
