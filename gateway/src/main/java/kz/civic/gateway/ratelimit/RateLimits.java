package kz.civic.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Ticker;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.stream.Stream;
import kz.civic.gateway.Problems;
import kz.civic.gateway.auth.Caller;

/**
 * Per-client quotas for {@code /api/*}: a verified caller is counted by client id, anyone else by
 * address. Every answer carries {@code RateLimit-Policy} and {@code RateLimit}
 * (draft-ietf-httpapi-ratelimit-headers-11); a caller over quota gets 429 problem+json with
 * {@code Retry-After} and is not forwarded.
 */
@Singleton
public class RateLimits {

    static final String POLICY_HEADER = "RateLimit-Policy";
    static final String HEADER = "RateLimit";

    private final boolean enabled;
    private final boolean trustForwardedFor;
    private final Quota authenticated;
    private final Quota anonymous;
    private final TokenBuckets buckets;
    private final Problems problems;

    public RateLimits(RateLimitConfig config, Problems problems) {
        this.enabled = config.enabled();
        this.trustForwardedFor = config.trustForwardedFor();
        this.authenticated = Quota.of("authenticated", config.authenticated());
        this.anonymous = Quota.of("anonymous", config.anonymous());
        this.buckets = new TokenBuckets(config.maxClients(), Stream.of(authenticated, anonymous).map(Quota::window)
                .max(Comparator.naturalOrder()).orElseThrow(), Ticker.systemTicker());
        this.problems = problems;
    }

    /**
     * Counts the request against {@code caller}'s quota and sets the headers. Returns {@code true}
     * when the request may go on; otherwise the 429 answer has been sent.
     */
    public boolean admit(RoutingContext rc, Caller caller) {
        if (!enabled) {
            return true;
        }
        HttpServerRequest request = rc.request();
        Decision decision = caller.authenticated()
                ? buckets.take(authenticated, caller.clientId())
                : buckets.take(anonymous, clientAddress(request));
        HttpServerResponse response = rc.response()
                .putHeader(POLICY_HEADER, decision.quota().policyField())
                .putHeader(HEADER, decision.rateLimitField());
        if (decision.allowed()) {
            return true;
        }
        response.putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        Quota quota = decision.quota();
        problems.send(rc, Problems.Kind.QUOTA_EXCEEDED, "the " + quota.name() + " quota of " + quota.limit()
                + " requests per " + quota.window().toSeconds() + " s is used up; retry in "
                + decision.retryAfterSeconds() + " s");
        return false;
    }

    private String clientAddress(HttpServerRequest request) {
        String connection = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return clientAddress(connection, request.getHeader("X-Forwarded-For"), trustForwardedFor);
    }

    /**
     * The connection's address, or with {@code trustForwardedFor} the last {@code X-Forwarded-For}
     * entry: the one the proxy in front appended (entries before it are whatever the client sent).
     */
    static String clientAddress(String connection, String forwardedFor, boolean trustForwardedFor) {
        if (!trustForwardedFor || forwardedFor == null) {
            return connection;
        }
        String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).trim();
        return last.isEmpty() ? connection : last;
    }
}
