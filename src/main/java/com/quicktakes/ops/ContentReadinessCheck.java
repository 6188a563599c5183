package com.quicktakes.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import com.quicktakes.catalog.ContentStatus;

/** Ready once content is loaded, so a fresh server receives traffic only after its first import. */
@Readiness
@ApplicationScoped
public class ContentReadinessCheck implements HealthCheck {

    @Inject
    ContentStatus status;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("content")
                .status(status.loaded())
                .withData("importing", status.importing())
                .build();
    }
}
