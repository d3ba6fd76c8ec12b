package kz.civic.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import kz.civic.gateway.routing.RouteTable;
import org.jboss.logging.Logger;

/**
 * The latest OpenAPI document of each backend. A refresh that fails keeps the previous copy; a
 * backend that never answered is left out (with a warning) and asked again when the merged
 * document is requested, at most once per {@code retryMissingAfter}.
 */
@Singleton
public class ServiceDocuments {

    /** Where documents come from: {@link OpenApiFetcher} in the gateway, anything in a test. */
    interface Source {
        Future<ObjectNode> fetch(RouteTable.Backend backend);
    }

    private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);

    private final List<RouteTable.Backend> backends;
    private final Source source;
    private final long retryMissingNanos;
    private final LongSupplier clock;
    private final Map<String, ObjectNode> latest = new ConcurrentHashMap<>();
    private final Map<String, Long> askedAt = new ConcurrentHashMap<>();

    @Inject
    public ServiceDocuments(RouteTable routes, OpenApiFetcher fetcher, OpenApiConfig config) {
        this(routes.backends(), fetcher::fetch, config.retryMissingAfter(), System::nanoTime);
    }

    ServiceDocuments(List<RouteTable.Backend> backends, Source source, Duration retryMissingAfter, LongSupplier clock) {
        this.backends = List.copyOf(backends);
        this.source = source;
        this.retryMissingNanos = retryMissingAfter.toNanos();
        this.clock = clock;
    }

    /** Fetches every backend's document again; always succeeds, whatever the backends did. */
    public Future<Void> refresh() {
        return Future.join(backends.stream().map(this::fetch).toList()).mapEmpty();
    }

    /** The documents held, by backend name, after asking again the backends whose document is missing. */
    public Future<SortedMap<String, ObjectNode>> current() {
        long now = clock.getAsLong();
        List<Future<Void>> missing = backends.stream()
                .filter(backend -> !latest.containsKey(backend.name()))
                .filter(backend -> {
                    Long asked = askedAt.get(backend.name());
                    return asked == null || now - asked >= retryMissingNanos;
                })
                .map(this::fetch)
                .toList();
        return Future.join(missing).transform(done -> Future.succeededFuture(new TreeMap<>(latest)));
    }

    /** The document held for {@code backend} now, without asking it (the request path uses this). */
    public Optional<ObjectNode> latest(String backend) {
        return Optional.ofNullable(latest.get(backend));
    }

    private Future<Void> fetch(RouteTable.Backend backend) {
        askedAt.put(backend.name(), clock.getAsLong());
        return source.fetch(backend)
                .onSuccess(document -> latest.put(backend.name(), document))
                .onFailure(e -> LOG.warnf("OpenAPI document of %s not fetched (%s); %s", backend.name(), e.getMessage(),
                        latest.containsKey(backend.name()) ? "keeping the previous copy" : "left out of /openapi"))
                .<Void>mapEmpty()
                .otherwiseEmpty();
    }
}
