package kz.civic.platform.web;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code API-Version}: the API's full version ({@code civic.api.version}, the {@code info.version} of the OpenAPI
 * document) on every answer of the service, whatever made it: a resource, an error mapper, a 304, a CSV, the
 * platform's own refusals (413, NUL) or Quarkus's {@code /q/*} endpoints. Set before anything else runs, so nothing
 * answers without it (NL GOV API Design Rules, /core/version-header).
 */
@Singleton
public class ApiVersion {

    public static final String HEADER = "API-Version";

    private final String version;

    public ApiVersion(@ConfigProperty(name = "civic.api.version") String version) {
        this.version = version;
    }

    @RouteFilter(RouteFilter.DEFAULT_PRIORITY + 110)
    void stamp(RoutingContext rc) {
        rc.response().putHeader(HEADER, version);
        rc.next();
    }
}
