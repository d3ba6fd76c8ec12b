package kz.civic.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.civic.gateway.resilience.CircuitBreaker;

/** Where the gateway sends what: backends by name, each with a base URL and its path prefixes. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The backends by name ({@code registry}, {@code forum}, {@code procurement}). */
    Map<String, Backend> backends();

    /** Time allowed to open a TCP connection to a backend (or to take one from the pool). */
    @WithDefault("1s")
    Duration connectTimeout();

    /** Pooled keep-alive connections per backend. */
    @WithDefault("64")
    int maxConnections();

    /** One service behind the gateway. */
    interface Backend {

        /** Scheme, host and port only; paths are forwarded unchanged, so the URL carries none. */
        URI url();

        /** Path prefixes; a prefix matches itself and everything below it ({@code prefix/...}). */
        List<String> prefixes();

        /** Longest silence allowed from the backend while a request is in flight. */
        @WithDefault("10s")
        Duration timeout();

        /** The backend's circuit breaker. */
        Breaker breaker();
    }

    /** When a backend's circuit breaker opens and for how long (see {@link CircuitBreaker}). */
    interface Breaker {

        /** Consecutive failures (unreachable, timed out, broken) that open the breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker refuses calls before letting one probe through. */
        @WithDefault("10s")
        Duration openFor();
    }
}
