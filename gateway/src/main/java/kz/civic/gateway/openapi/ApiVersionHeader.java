package kz.civic.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * {@code API-Version}: the API's full version ({@code gateway.openapi.version}, the merged document's
 * {@code info.version}, filled in from the root pom's {@code civic.api.version} like the services' own) on every
 * answer of the gateway: proxied ones (replacing the service's, which says the same), the gateway's own errors,
 * {@code /openapi}, health and CORS preflights (NL GOV API Design Rules, /core/version-header). {@link #declare}
 * states it on every response of the merged document.
 */
@Singleton
public class ApiVersionHeader implements Handler<RoutingContext> {

    static final String NAME = "API-Version";
    private static final String REF = "#/components/headers/" + NAME;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final String version;

    public ApiVersionHeader(OpenApiConfig config) {
        this.version = config.version();
    }

    @Override
    public void handle(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> rc.response().headers().set(NAME, version));
        rc.next();
    }

    /**
     * Adds the {@code API-Version} header component (as the services' documents define it) and a reference to it on
     * every response of every operation and every response component of {@code merged}.
     */
    static void declare(ObjectNode merged) {
        ObjectNode headers = merged.withObject("/components").withObject("/headers");
        if (!headers.has(NAME)) {
            ObjectNode header = headers.putObject(NAME).put("description", "The full version of the API (semantic "
                    + "versioning, e.g. 1.0.0), the info.version of this document; the major version is also in the "
                    + "path (/api/v1)");
            header.putObject("schema").put("type", "string").put("pattern", "^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$");
        }
        merged.path("components").path("responses").forEach(ApiVersionHeader::reference);
        merged.path("paths").forEach(pathItem -> pathItem.fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                operation.getValue().path("responses").forEach(ApiVersionHeader::reference);
            }
        }));
    }

    private static void reference(JsonNode response) {
        if (response instanceof ObjectNode object && !object.has("$ref")) {
            ObjectNode headers = object.withObject("/headers");
            if (!headers.has(NAME)) {
                headers.set(NAME, JsonNodeFactory.instance.objectNode().put("$ref", REF));
            }
        }
    }
}
