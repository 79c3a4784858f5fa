package org.anju.devices.infrastructure;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.devices.domain.OpcUaConnectionState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway clients in readiness, as data only: always UP. A building's gateway being down says nothing about
 * whether this server can answer requests, and must not take it out of the load balancer for every organization.
 */
@Readiness
@ApplicationScoped
public class OpcUaReadinessCheck implements HealthCheck {

    @Inject
    OpcUaClients clients;

    @Override
    public HealthCheckResponse call() {
        Map<OpcUaClients.Key, OpcUaConnection.Status> all = clients.all();
        long connected = all.values().stream().filter(s -> s.state() == OpcUaConnectionState.CONNECTED).count();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("opcua").up()
                .withData("endpoints", all.size())
                .withData("connected", connected);
        all.forEach((k, s) -> b.withData("opcua." + k.tenant().organizationCode() + "." + k.endpointId(),
                s.state().name() + (s.lastError() == null ? "" : ": " + s.lastError())));
        return b.build();
    }
}
