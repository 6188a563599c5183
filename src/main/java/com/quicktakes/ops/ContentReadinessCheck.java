package com.quicktakes.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import com.quicktakes.catalog.ContentStatus;
import com.quicktakes.web.WarmUp;

/**
 * Ready once content is loaded and the server is warmed up ({@code web.WarmUp}), so a fresh server
 * receives traffic only after its first import, and any server only once its paths are compiled.
 */
@Readiness
@ApplicationScoped
public class ContentReadinessCheck implements HealthCheck {

    @Inject
    ContentStatus status;

    @Inject
    WarmUp warmUp;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("content")
                .status(status.loaded() && warmUp.done())
                .withData("importing", status.importing())
                .withData("warmedUp", warmUp.done())
                .build();
    }
}
