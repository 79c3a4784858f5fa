package org.anju.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** P1: a tenant is a schema name from a closed pattern, so nothing that reaches setSchema can carry SQL. */
class TenantIdTest {

    @Test
    void organizationCodeMapsToItsSchemaAndBack() {
        TenantId t = TenantId.ofOrganization("demo_city");
        assertThat(t.schema()).isEqualTo("org_demo_city");
        assertThat(t.organizationCode()).isEqualTo("demo_city");
        assertThat(t.isPlatform()).isFalse();
    }

    @Test
    void platformIsTheRegistry() {
        assertThat(TenantId.ofOrganization("platform")).isEqualTo(TenantId.PLATFORM);
        assertThat(TenantId.PLATFORM.schema()).isEqualTo("platform");
        assertThat(TenantId.isValidOrganizationCode("platform")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Acme", "1abc", "ab-c", "a b", "abc;drop schema public", "org_x\"", "abcdefghijklmnopqrstuvwxyz0123456"})
    void refusesCodesOutsideThePattern(String code) {
        assertThat(TenantId.isValidOrganizationCode(code)).isFalse();
        assertThatThrownBy(() -> TenantId.ofOrganization(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"public", "org_", "org_A", "pg_catalog", "org_x; drop"})
    void refusesSchemasOutsideThePattern(String schema) {
        assertThatThrownBy(() -> new TenantId(schema)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longestCodeFitsPostgresIdentifiers() {
        String code = "a" + "b".repeat(30);
        assertThat(TenantId.ofOrganization(code).schema()).hasSizeLessThanOrEqualTo(63);
    }
}
