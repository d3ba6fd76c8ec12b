package kz.civic.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Quotas of {@link RateLimits}: one for verified clients (per client id), one for anonymous callers (per address). */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimitConfig {

    /** Off: no quotas and no {@code RateLimit} headers. */
    @WithDefault("true")
    boolean enabled();

    /** Callers with a verified bearer token, keyed by its client id ({@code sub}). */
    Quota authenticated();

    /** Everybody else (no token, another scheme, a token that does not verify), keyed by address. */
    Quota anonymous();

    /**
     * Key anonymous callers by the last {@code X-Forwarded-For} entry instead of the connection's
     * address. Only for a gateway behind exactly one proxy that appends the client address; anywhere
     * else a client could pick its own key.
     */
    @WithDefault("false")
    boolean trustForwardedFor();

    /** Most clients remembered at once; the least recently seen are forgotten first. */
    @WithDefault("100000")
    long maxClients();

    /** {@code limit} requests per {@code window}, refilled continuously (a token bucket). */
    interface Quota {

        long limit();

        /** Whole seconds, at least one (the headers carry seconds). */
        Duration window();
    }
}
