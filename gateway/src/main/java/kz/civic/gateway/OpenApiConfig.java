package kz.civic.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The merged OpenAPI document at {@code /openapi}: its {@code info}, and how the services' documents are fetched. */
@ConfigMapping(prefix = "gateway.openapi")
public interface OpenApiConfig {

    @WithDefault("Civic platform API")
    String title();

    @WithDefault("1.0.0")
    String version();

    String description();

    /** Where each backend serves its own document (SmallRye OpenAPI's default). */
    @WithDefault("/q/openapi?format=json")
    String sourcePath();

    /** How often every backend's document is fetched again. */
    @WithDefault("60s")
    Duration refresh();

    /** A backend whose document is missing is asked again on a request for {@code /openapi}, at most this often. */
    @WithDefault("10s")
    Duration retryMissingAfter();

    /** Longest wait for one backend's document. */
    @WithDefault("5s")
    Duration fetchTimeout();
}
