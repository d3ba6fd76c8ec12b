package kz.civic.gateway.ratelimit;

import java.time.Duration;

/**
 * A named quota policy, {@code limit} requests per {@code window}, as the {@code RateLimit-Policy}
 * field of draft-ietf-httpapi-ratelimit-headers-11 states it: {@code "anonymous";q=120;w=60}.
 */
record Quota(String name, long limit, Duration window) {

    Quota {
        if (limit < 1) {
            throw new IllegalArgumentException("the " + name + " rate limit must be at least 1, not " + limit);
        }
        if (window.toSeconds() < 1 || !window.equals(Duration.ofSeconds(window.toSeconds()))) {
            throw new IllegalArgumentException(
                    "the " + name + " rate-limit window must be whole seconds, not " + window);
        }
    }

    static Quota of(String name, RateLimitConfig.Quota config) {
        return new Quota(name, config.limit(), config.window());
    }

    String policyField() {
        return "\"" + name + "\";q=" + limit + ";w=" + window.toSeconds();
    }
}
