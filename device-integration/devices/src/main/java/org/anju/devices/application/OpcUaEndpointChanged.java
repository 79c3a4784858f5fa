package org.anju.devices.application;

import org.anju.tenancy.api.TenantId;

/** An endpoint or its node map changed: once the change committed, the organization's clients are brought in line. */
public record OpcUaEndpointChanged(TenantId tenant, long endpointId) {
}
