package org.anju.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.anju.it.support.Api;
import org.anju.it.support.Db;
import org.anju.it.support.Organizations;
import org.junit.jupiter.api.Test;

/**
 * A schema that fails to migrate makes its organization unavailable (503 with a reason) while every other
 * organization keeps working; health shows it; migrating again after the repair brings it back.
 */
class MigrationFailureIT {

    private static void sql(String... statements) throws Exception {
        try (Connection c = Db.openTestDatabase(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    @Test
    void aBrokenSchemaTakesOnlyItsOwnOrganizationDown() throws Exception {
        String code = Api.uniqueCode("broken");
        Organizations.provisionOperator(code);
        String schema = "org_" + code;
        Api platform = Api.platformAdmin();

        // Sabotage: Liquibase loses its record of what ran, so it will try to create existing tables again.
        sql("ALTER TABLE " + schema + ".databasechangelog RENAME TO databasechangelog_saved");
        JsonObject failed = platform.post("/api/v1/platform/organizations/" + code + "/migrate", null).json();
        assertThat(failed.getJsonObject("migration").getString("status")).isEqualTo("FAILED");
        assertThat(failed.getJsonObject("migration").getString("error")).isNotBlank();

        Api.Reply login = Api.anonymous().post("/api/v1/auth/login", Json.createObjectBuilder()
                .add("organization", code).add("username", "admin").add("password", Organizations.ADMIN_PASSWORD).build());
        assertThat(login.status()).isEqualTo(503);
        assertThat(login.json().getString("code")).isEqualTo("organization-unavailable");
        assertThat(login.header("Retry-After")).isNotNull();

        assertThat(Api.as("demo", "admin", "Demo@2026").get("/api/v1/users").status()).as("others keep working").isEqualTo(200);

        JsonObject health = Api.anonymous().get("/health/ready").json();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.toString()).contains("failed." + schema);

        // Repair and migrate again.
        sql("DROP TABLE " + schema + ".databasechangelog", "ALTER TABLE " + schema + ".databasechangelog_saved RENAME TO databasechangelog");
        JsonObject repaired = platform.post("/api/v1/platform/organizations/" + code + "/migrate", null).json();
        assertThat(repaired.getJsonObject("migration").getString("status")).isEqualTo("CURRENT");
        assertThat(Api.as(code, "admin", Organizations.ADMIN_PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/health/ready").body()).doesNotContain("failed." + schema);
    }
}
