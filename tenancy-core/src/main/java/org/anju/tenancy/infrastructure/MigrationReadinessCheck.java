package org.anju.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.tenancy.application.StartupState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of migrations. DOWN until the registry schema is migrated and start-up finished. Organization schemas
 * still queued or failed are reported in the data but keep the server UP: one broken organization answers 503 for
 * itself and must not take every other organization out of the load balancer.
 */
@Readiness
@ApplicationScoped
public class MigrationReadinessCheck implements HealthCheck {

    @Inject
    StartupState state;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("migrations").status(state.platformReady())
                .withData("platform", state.platformReady() ? "CURRENT" : "NOT_READY")
                .withData("schemasQueued", state.migrationsQueued())
                .withData("schemasFailed", state.failedSchemas().size());
        if (state.platformFailure() != null) {
            b.withData("platformError", state.platformFailure());
        }
        state.failedSchemas().forEach((schema, error) ->
                b.withData("failed." + schema, error.length() > 300 ? error.substring(0, 300) : error));
        return b.build();
    }
}
