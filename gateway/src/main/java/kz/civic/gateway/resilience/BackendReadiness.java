package kz.civic.gateway.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import kz.civic.gateway.routing.GatewayConfig;
import kz.civic.gateway.routing.RouteTable;
import kz.civic.gateway.routing.Upstreams;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway's readiness includes every backend's: one check, {@code backends}, UP when each backend's
 * {@code /q/health/ready} answers 200 within {@code gateway.health.timeout}, with one data entry per
 * backend ({@code "UP"} or {@code "DOWN: why"}) and its circuit breaker's state. Answers are reused for
 * {@code gateway.health.cache-for}; callers in the meantime share one probe per backend. Liveness
 * stays the gateway's own: a backend that is down is no reason to restart the gateway.
 */
@Readiness
@ApplicationScoped
public class BackendReadiness implements AsyncHealthCheck {

    static final String NAME = "backends";

    /** One backend's readiness as last seen. */
    record Outcome(boolean up, String text, long at) {
    }

    private final List<RouteTable.Backend> backends;
    private final Upstreams upstreams;
    private final HealthConfig config;
    private final ObjectMapper mapper;
    private final HttpClient client;
    private final LongSupplier clock = System::nanoTime;
    private final Map<String, Future<Outcome>> latest = new ConcurrentHashMap<>();

    public BackendReadiness(RouteTable routes, Upstreams upstreams, HealthConfig config, GatewayConfig gateway,
            ObjectMapper mapper, Vertx vertx) {
        this.backends = routes.backends();
        this.upstreams = upstreams;
        this.config = config;
        this.mapper = mapper;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(Math.min(gateway.connectTimeout().toMillis(),
                        config.timeout().toMillis())))
                .setMaxPoolSize(2)
                .setName("gateway-health"));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        if (!config.backends()) {
            return Uni.createFrom().item(response.withData("checked", false).build());
        }
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (RouteTable.Backend backend : backends) {
            outcomes.add(outcome(backend).onSuccess(outcome -> {
                synchronized (response) {
                    response.withData(backend.name(), outcome.text())
                            .withData(backend.name() + ".circuit",
                                    upstreams.circuit(backend.name()).name().toLowerCase(Locale.ROOT).replace('_', '-'));
                    if (!outcome.up()) {
                        response.down();
                    }
                }
            }));
        }
        Future<HealthCheckResponse> all = Future.join(outcomes).map(done -> response.build());
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }

    /** The cached outcome while fresh, else the probe in flight, else a new probe. */
    private Future<Outcome> outcome(RouteTable.Backend backend) {
        long now = clock.getAsLong();
        return latest.compute(backend.name(), (name, held) -> {
            if (held != null && (!held.isComplete() || now - held.result().at() < config.cacheFor().toNanos())) {
                return held;
            }
            Promise<Outcome> probe = Promise.promise();
            ask(backend).onComplete(done -> probe.complete(done.succeeded() ? done.result()
                    : new Outcome(false, "DOWN: " + reason(done.cause()), clock.getAsLong())));
            return probe.future();
        });
    }

    private Future<Outcome> ask(RouteTable.Backend backend) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(backend.host())
                .setPort(backend.port())
                .setSsl(backend.ssl())
                .setURI(config.path())
                .setIdleTimeout(config.timeout().toMillis())
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        return client.request(options)
                .compose(HttpClientRequest::send)
                .compose(answer -> answer.body().map(body -> answer.statusCode() == 200
                        ? new Outcome(true, "UP", clock.getAsLong())
                        : new Outcome(false, "DOWN: " + notReady(answer.statusCode(), body), clock.getAsLong())));
    }

    /** "answered 503 (Database connections health check)": the backend's own checks that are down, if it says. */
    private String notReady(int status, Buffer body) {
        String down = "";
        try {
            JsonNode answer = mapper.readTree(body.getBytes());
            List<String> names = new ArrayList<>();
            answer.path("checks").forEach(check -> {
                if ("DOWN".equals(check.path("status").asText())) {
                    names.add(check.path("name").asText());
                }
            });
            down = names.isEmpty() ? "" : names.stream().collect(Collectors.joining(", ", " (", ")"));
        } catch (IOException | RuntimeException e) {
            // not a health document: the status says enough
        }
        return "answered " + status + down;
    }

    private String reason(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "no answer within " + config.timeout().toMillis() + " ms";
        }
        return "not reachable";
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
