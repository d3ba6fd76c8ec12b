package kz.civic.gateway;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Headers on every answer of the gateway, proxied ones and CORS preflights included:
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer},
 * {@code X-Frame-Options: DENY}; {@code Cache-Control: no-store} on errors (an error is about one
 * moment, a cache must not replay it); {@code Strict-Transport-Security} when the request came over
 * https; and no {@code Server} or {@code X-Powered-By} header from anywhere.
 */
@Singleton
public class SecurityHeaders implements Handler<RoutingContext> {

    private final Optional<String> hsts;

    public SecurityHeaders(SecurityHeadersConfig config) {
        String subdomains = config.includeSubdomains() ? "; includeSubDomains" : "";
        this.hsts = config.enabled()
                ? Optional.of("max-age=" + config.maxAge().toSeconds() + subdomains)
                : Optional.empty();
    }

    @Override
    public void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        // Behind a TLS-terminating proxy the scheme is https once Quarkus trusts its X-Forwarded-Proto.
        boolean https = request.isSSL() || "https".equalsIgnoreCase(request.scheme());
        rc.addHeadersEndHandler(v -> apply(rc.response().headers(), rc.response().getStatusCode(), https));
        rc.next();
    }

    void apply(MultiMap headers, int status, boolean https) {
        headers.set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("X-Frame-Options", "DENY")
                .remove("Server")
                .remove("X-Powered-By");
        if (status >= 400) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (https) {
            hsts.ifPresent(value -> headers.set("Strict-Transport-Security", value));
        }
    }
}
