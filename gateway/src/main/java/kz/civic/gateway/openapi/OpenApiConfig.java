package kz.civic.gateway.openapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The merged OpenAPI document at {@code /openapi}: its {@code info}, and how the services' documents are fetched. */
@ConfigMapping(prefix = "gateway.openapi")
public interface OpenApiConfig {

    @WithDefault("Civic platform API")
    String title();

    /** The API's full version: {@code info.version} and the {@code API-Version} header (root pom's civic.api.version). */
    String version();

    String description();

    /** {@code info.contact}. */
    Contact contact();

    /**
     * The gateway's public base URL ({@code https://api.example.kz}), the document's {@code servers} entry. Unset: the
     * scheme and host the document was requested on ({@code /openapi}), {@code http://127.0.0.1:8080} in the file the
     * build writes.
     */
    Optional<URI> serverUrl();

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

    /** Who answers integrators' questions. */
    interface Contact {

        String name();

        String email();

        URI url();
    }
}
