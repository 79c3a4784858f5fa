package org.anju.it.arq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.anju.tenancy.api.MigrationStatus;
import org.anju.tenancy.api.NoTenantException;
import org.anju.tenancy.api.OrganizationStatus;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.application.TenantMigrationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P1, P2 in the container: the same ids in two organizations stay apart; a query without a tenant fails; an Envers
 * revision lands in the schema of the organization that made it; one tenant per transaction; the mapping matches
 * the migrated schemas; start-up migrates only schemas that are behind.
 *
 * <p>Deploys the application's own WAR (as built) plus this test, to the server made from server-config/.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyArqIT {

    static final TenantId A = TenantId.ofOrganization("demo");
    static final TenantId B = TenantId.ofOrganization("demo_city");

    @Deployment
    static WebArchive deployment() {
        return ArqProbe.deployment(TenancyArqIT.class);
    }

    @Inject
    ArqProbe probe;

    @Inject
    TenantMigrationService migrations;

    @Test
    void sameIdsInTwoOrganizationsStayApart() {
        probe.insertUser(A, 900_001L, "twin", "Twin of demo");
        probe.insertUser(B, 900_001L, "twin", "Twin of demo_city");
        probe.insertUser(A, 900_002L, "only_a", "Only in demo");

        assertEquals("Twin of demo", probe.displayName(A, 900_001L));
        assertEquals("Twin of demo_city", probe.displayName(B, 900_001L));
        assertNull(probe.displayName(B, 900_002L), "B cannot see A's row");
        assertEquals(0L, probe.countByUsername(B, "only_a"));
        assertEquals(1L, probe.countByUsername(A, "only_a"));

        probe.renameInSql(A, 900_001L, "Renamed in demo");
        assertEquals("Renamed in demo", probe.displayName(A, 900_001L));
        assertEquals("Twin of demo_city", probe.displayName(B, 900_001L), "an update in A leaves B alone");
    }

    @Test
    void aQueryWithoutATenantFails() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> probe.findWithoutTenant(1L));
        assertTrue(causedBy(e, NoTenantException.class), "fails closed with NoTenantException: " + e);
    }

    @Test
    void oneTenantPerTransaction() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> probe.switchInsideTransaction(A, B));
        assertTrue(String.valueOf(rootMessage(e)).contains("one tenant per transaction"), String.valueOf(rootMessage(e)));
    }

    @Test
    void anEnversRevisionLandsInTheSchemaOfItsOrganization() throws Exception {
        String username = "envers_" + System.nanoTime();
        long id = probe.createUser(A, "arq@demo", username);
        probe.renameAs(A, "arq@demo", id, "First rename", "because the test says so");
        probe.renameAs(A, "arq2@demo", id, "Second rename", null);

        List<String> inA = probe.auditRows("org_demo", username);
        assertEquals(3, inA.size(), "three revisions in A: " + inA);
        assertEquals("0|Envers " + username + "|arq@demo|null", inA.get(0));
        assertEquals("1|First rename|arq@demo|because the test says so", inA.get(1));
        assertEquals("1|Second rename|arq2@demo|null", inA.get(2));
        assertEquals(List.of(), probe.auditRows("org_demo_city", username), "nothing in B");
    }

    @Test
    void theMappingMatchesTheMigratedSchemas() throws Exception {
        Set<String> registry = Set.of("organization", "organization_aud", "organization_division",
                "organization_division_aud", "tenant_schema", "platform_admin", "access_token",
                // device vendors are platform accounts (issue 7, ADR 0020); operators' authorisations live there too
                "vendor", "vendor_aud", "vendor_key", "vendor_authorization", "vendor_authorization_event");
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> mapped = probe.mappedTables();
        assertTrue(mapped.containsKey("app_user_aud"), "Envers tables are part of the mapping: " + mapped.keySet());
        for (Map.Entry<String, Set<String>> t : mapped.entrySet()) {
            List<String> schemas = t.getKey().equals("revinfo") ? List.of("platform", "org_demo")
                    : registry.contains(t.getKey()) ? List.of("platform") : List.of("org_demo");
            for (String schema : schemas) {
                Set<String> existing = probe.existingColumns(schema, t.getKey());
                if (existing.isEmpty()) {
                    problems.add(schema + "." + t.getKey() + " missing");
                    continue;
                }
                Set<String> missing = new TreeSet<>(t.getValue());
                missing.removeAll(existing);
                if (!missing.isEmpty()) {
                    problems.add(schema + "." + t.getKey() + " lacks " + missing);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void startupMigratesOnlySchemasThatAreBehind() throws Exception {
        String before = probe.queryString("SELECT migrated_at::text FROM platform.tenant_schema WHERE schema_name = 'org_demo'");
        assertNotNull(before);
        probe.sql("UPDATE platform.tenant_schema SET fingerprint = 'stale' WHERE schema_name = 'org_demo_city'");

        int queued = migrations.migrateStale(Map.of("demo", OrganizationStatus.ACTIVE, "demo_city", OrganizationStatus.ACTIVE));
        assertEquals(1, queued, "only demo_city is behind");
        String state = null;
        for (int i = 0; i < 120; i++) {
            state = probe.queryString("SELECT status || '/' || fingerprint FROM platform.tenant_schema WHERE schema_name = 'org_demo_city'");
            if (state != null && state.equals(MigrationStatus.CURRENT + "/" + migrations.currentFingerprint())) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(MigrationStatus.CURRENT + "/" + migrations.currentFingerprint(), state);
        assertEquals(before, probe.queryString(
                "SELECT migrated_at::text FROM platform.tenant_schema WHERE schema_name = 'org_demo'"),
                "a current schema is not touched");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append(" | ");
        }
        return sb.toString();
    }
}
