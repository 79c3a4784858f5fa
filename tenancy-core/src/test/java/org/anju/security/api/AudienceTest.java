package org.anju.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.anju.tenancy.api.OrganizationKind;
import org.junit.jupiter.api.Test;

class AudienceTest {

    @Test
    void portalFollowsKindAndPermissions() {
        assertThat(Audience.of(OrganizationKind.PLATFORM, Set.of("platform:*"))).isEqualTo(Audience.PLATFORM);
        assertThat(Audience.of(OrganizationKind.AUTHORITY, Set.of("user:*"))).isEqualTo(Audience.AUTHORITY);
        assertThat(Audience.of(OrganizationKind.OPERATOR, Set.of("user:read"))).isEqualTo(Audience.OPERATOR);
        assertThat(Audience.of(OrganizationKind.OPERATOR, Set.of("resident:portal"))).isEqualTo(Audience.RESIDENT);
        assertThat(Audience.of(OrganizationKind.OPERATOR, Set.of("resident:portal", "user:read"))).isEqualTo(Audience.OPERATOR);
        assertThat(Audience.of(OrganizationKind.OPERATOR, Set.of())).isEqualTo(Audience.OPERATOR);
    }
}
