package org.anju.tenancy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Start-up compares fingerprints instead of running Liquibase on current schemas. */
class ChangelogFingerprintTest {

    private final ClassLoader loader = ChangelogFingerprintTest.class.getClassLoader();

    @Test
    void stableForTheSameChangelog() {
        ChangelogFingerprint a = ChangelogFingerprint.of(SchemaMigrator.TENANT_CHANGELOG, loader);
        ChangelogFingerprint b = ChangelogFingerprint.of(SchemaMigrator.TENANT_CHANGELOG, loader);
        assertThat(a).isEqualTo(b);
        assertThat(a.value()).hasSize(64);
        assertThat(a.changeSets()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void differentChangelogsDiffer() {
        assertThat(ChangelogFingerprint.of(SchemaMigrator.PLATFORM_CHANGELOG, loader).value())
                .isNotEqualTo(ChangelogFingerprint.of(SchemaMigrator.TENANT_CHANGELOG, loader).value());
    }

    @Test
    void missingChangelogIsAClearError() {
        assertThatThrownBy(() -> ChangelogFingerprint.of("db/tenant/missing.xml", loader))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("db/tenant/missing.xml");
    }
}
