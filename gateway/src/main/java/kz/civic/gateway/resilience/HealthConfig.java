package kz.civic.gateway.resilience;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway's readiness includes the backends' ({@link BackendReadiness}). */
@ConfigMapping(prefix = "gateway.health")
public interface HealthConfig {

    /** {@code false}: readiness is the gateway's own only, the backends are not asked. */
    @WithDefault("true")
    boolean backends();

    /** Where each backend answers its readiness (SmallRye Health's default). */
    @WithDefault("/q/health/ready")
    String path();

    /** Longest wait for one backend's readiness; no answer by then is DOWN. */
    @WithDefault("2s")
    Duration timeout();

    /** How long one backend's answer is reused, so frequent probes of the gateway do not multiply. */
    @WithDefault("5s")
    Duration cacheFor();
}
