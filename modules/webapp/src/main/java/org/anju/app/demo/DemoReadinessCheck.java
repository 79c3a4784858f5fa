package org.anju.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The demo simulator in readiness, as data only and always UP: a demo that failed must not take the server out of
 * service. Tests read {@code simulator} to know whether a demo with live devices is there to check.
 */
@Readiness
@ApplicationScoped
public class DemoReadinessCheck implements HealthCheck {

    @Inject
    DemoSimulator simulator;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("demo").up()
                .withData("simulator", simulator.state().name())
                .withData("locksConnected", simulator.locksConnected());
        String url = simulator.opcUaUrl();
        if (url != null) {
            b.withData("opcua", url);
        }
        if (!simulator.detail().isEmpty()) {
            b.withData("detail", simulator.detail());
        }
        return b.build();
    }
}
