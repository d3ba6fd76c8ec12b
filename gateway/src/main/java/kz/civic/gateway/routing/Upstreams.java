package kz.civic.gateway.routing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyContext;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import kz.civic.gateway.Problems;
import kz.civic.gateway.resilience.CircuitBreaker;

/**
 * One keep-alive HTTP client and one reverse proxy per backend. The proxy forwards method, path,
 * query string, headers and body unchanged (minus hop-by-hop headers); {@link UpstreamErrors} turns
 * failures into problem answers and reports them to the backend's {@link CircuitBreaker}.
 */
@Singleton
public class Upstreams {

    /** The backend could not be reached: no connection within the connect timeout. */
    static final class UnreachableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreachableException(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private final Map<String, HttpClient> clients = new HashMap<>();
    private final Map<String, HttpProxy> proxies = new HashMap<>();
    private final Map<String, CircuitBreaker> breakers = new HashMap<>();
    private final Problems problems;

    public Upstreams(Vertx vertx, RouteTable routes, GatewayConfig config, Problems problems, MeterRegistry metrics) {
        this.problems = problems;
        int connectMillis = Math.toIntExact(config.connectTimeout().toMillis());
        for (RouteTable.Backend backend : routes.backends()) {
            GatewayConfig.Breaker settings = config.backends().get(backend.name()).breaker();
            // A probe that has not reported after its connect and answer timeouts (and a margin) has been lost.
            Duration probeTimeout = config.connectTimeout().plus(backend.timeout()).plusSeconds(1);
            CircuitBreaker breaker = new CircuitBreaker(settings.failureThreshold(), settings.openFor(), probeTimeout,
                    System::nanoTime);
            Gauge.builder("gateway.backend.circuit.open", breaker, b -> b.state() == CircuitBreaker.State.CLOSED ? 0 : 1)
                    .description("1 while the backend's circuit breaker is open or half-open")
                    .tag("backend", backend.name())
                    .register(metrics);
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setKeepAlive(true)
                    .setConnectTimeout(connectMillis)
                    .setMaxPoolSize(config.maxConnections())
                    .setName("gateway-" + backend.name()));
            RequestOptions target = new RequestOptions()
                    .setHost(backend.host())
                    .setPort(backend.port())
                    .setSsl(backend.ssl())
                    .setConnectTimeout(connectMillis)
                    .setIdleTimeout(backend.timeout().toMillis());
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(context -> open(context, target))
                    .addInterceptor(new UpstreamErrors(backend.name(), problems, breaker));
            clients.put(backend.name(), client);
            proxies.put(backend.name(), proxy);
            breakers.put(backend.name(), breaker);
        }
    }

    /**
     * Forwards the (still unread) request to {@code backend} and relays the answer. The backend
     * learns the address the client called from {@code X-Forwarded-Host/Proto}, so the links it
     * builds (Location, Link) point at the gateway; {@code X-Forwarded-For} gains the client. While
     * the backend's circuit breaker is open the request is not sent: 503 with {@code Retry-After}.
     */
    public void forward(RouteTable.Backend backend, RoutingContext rc) {
        CircuitBreaker.Admission admission = breakers.get(backend.name()).admit();
        if (!admission.allowed()) {
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(admission.retryAfterSeconds()));
            problems.send(rc, Problems.Kind.UPSTREAM_UNAVAILABLE, backend.name() + " is failing; calls to it resume in "
                    + admission.retryAfterSeconds() + " s");
            return;
        }
        HttpServerRequest request = rc.request();
        MultiMap headers = request.headers();
        if (request.authority() != null) {
            headers.set("X-Forwarded-Host", request.authority().toString());
        }
        headers.set("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
        if (request.remoteAddress() != null) {
            String previous = headers.get("X-Forwarded-For");
            String client = request.remoteAddress().hostAddress();
            headers.set("X-Forwarded-For", previous == null ? client : previous + ", " + client);
        }
        proxies.get(backend.name()).handle(request);
    }

    /** Where the backend's circuit breaker stands. */
    public CircuitBreaker.State circuit(String backend) {
        return breakers.get(backend).state();
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::close);
    }

    private static Future<HttpClientRequest> open(ProxyContext context, RequestOptions target) {
        return context.client().request(new RequestOptions(target))
                .recover(e -> Future.failedFuture(new UnreachableException(e)));
    }
}
