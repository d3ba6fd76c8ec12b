package kz.civic.gateway;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import kz.civic.gateway.auth.BearerTokens;
import kz.civic.gateway.auth.Caller;
import kz.civic.gateway.openapi.ApiVersionHeader;
import kz.civic.gateway.openapi.DocumentedOperations;
import kz.civic.gateway.ratelimit.RateLimits;
import kz.civic.gateway.routing.RouteTable;
import kz.civic.gateway.routing.Upstreams;
import org.jboss.logging.Logger;

/**
 * Registers the gateway on Quarkus's own router: security headers, API-Version, request ids and the body limit
 * for every request, then {@code /api/*}: token check, rate limit, routed by prefix to the backends
 * if the backend documents the method and body type ({@link DocumentedOperations}).
 * Everything else, {@code /q/*} included, is left to Quarkus.
 */
@Singleton
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);
    /** Where Quarkus's HTTP metrics look for a route template (it is what quarkus-rest sets). */
    private static final String METRICS_URI_TEMPLATE = "UrlPathTemplate";

    private final RouteTable routes;
    private final BearerTokens tokens;
    private final RateLimits rateLimits;
    private final Upstreams upstreams;
    private final RequestIds requestIds;
    private final BodyLimit bodyLimit;
    private final SecurityHeaders securityHeaders;
    private final Problems problems;
    private final DocumentedOperations operations;
    private final ApiVersionHeader apiVersion;

    public GatewayRoutes(RouteTable routes, BearerTokens tokens, RateLimits rateLimits, Upstreams upstreams,
            RequestIds requestIds, BodyLimit bodyLimit, SecurityHeaders securityHeaders, Problems problems,
            DocumentedOperations operations, ApiVersionHeader apiVersion) {
        this.routes = routes;
        this.tokens = tokens;
        this.rateLimits = rateLimits;
        this.upstreams = upstreams;
        this.requestIds = requestIds;
        this.bodyLimit = bodyLimit;
        this.securityHeaders = securityHeaders;
        this.problems = problems;
        this.operations = operations;
        this.apiVersion = apiVersion;
    }

    void init(@Observes Router router) {
        // Ahead of everything, CORS preflights included, so every answer carries them.
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(securityHeaders);
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(apiVersion);
        // Ahead of Quarkus's own upload limit, which answers 413 without a body.
        int first = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2;
        router.route().order(first).handler(requestIds);
        router.route("/api/*").order(first).handler(this::tagMetrics);
        router.route().order(first + 1).handler(bodyLimit);
        router.route("/api/*").handler(this::proxy);
    }

    /** Token check, then the caller's quota, then the route: every {@code /api/} answer is counted. */
    private void proxy(RoutingContext rc) {
        tokens.identify(rc.request()).onComplete(identified -> {
            if (identified.failed()) {
                LOG.errorf("cannot verify bearer tokens: %s", identified.cause().getMessage());
                if (rateLimits.admit(rc, Caller.REJECTED)) {
                    problems.send(rc, Problems.Kind.AUTHENTICATION_UNAVAILABLE, "bearer tokens cannot be verified now");
                }
                return;
            }
            Caller caller = identified.result();
            if (!rateLimits.admit(rc, caller)) {
                return;
            }
            if (caller.rejected()) {
                rc.response().putHeader("WWW-Authenticate", "Bearer");
                problems.send(rc, Problems.Kind.UNAUTHORIZED, "the bearer token is not valid");
                return;
            }
            Optional<RouteTable.Route> route = routes.match(rc.normalizedPath());
            if (route.isEmpty()) {
                problems.send(rc, Problems.Kind.NOT_FOUND, "no service serves " + rc.request().path());
            } else if (documented(rc, route.get().backend())) {
                upstreams.forward(route.get().backend(), rc);
            }
        });
    }

    /** Whether the service documents the request's method and body type; if not, the 405 or 415 is sent. */
    private boolean documented(RoutingContext rc, RouteTable.Backend backend) {
        DocumentedOperations.Verdict verdict = operations.judge(backend.name(), rc.request(), rc.normalizedPath());
        if (verdict instanceof DocumentedOperations.MethodNotAllowed refused) {
            rc.response().putHeader(HttpHeaders.ALLOW, String.join(", ", refused.allow()));
            problems.send(rc, Problems.Kind.METHOD_NOT_ALLOWED, rc.request().method().name() + " is not an operation of "
                    + refused.template() + "; allowed: " + String.join(", ", refused.allow()));
            return false;
        }
        if (verdict instanceof DocumentedOperations.UnsupportedMediaType refused) {
            problems.send(rc, Problems.Kind.UNSUPPORTED_MEDIA_TYPE, refused.accepted().isEmpty()
                    ? refused.method() + " " + refused.template() + " takes no request body"
                    : refused.method() + " " + refused.template() + " accepts a body of " + String.join(", ",
                            refused.accepted()) + " only");
            return false;
        }
        return true;
    }

    /** One time series per route prefix, not one per resource id, whatever the answer. */
    private void tagMetrics(RoutingContext rc) {
        Context context = Vertx.currentContext();
        if (context != null) {
            String template = routes.match(rc.normalizedPath()).map(route -> route.prefix() + "/*").orElse("/api/*");
            context.putLocal(METRICS_URI_TEMPLATE, template);
        }
        rc.next();
    }
}
