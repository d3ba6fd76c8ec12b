package kz.civic.gateway.ratelimit;

/**
 * One client's bucket: it holds up to {@code limit} tokens, refills at {@code limit} per window, and
 * each request takes one. Time is in nanoseconds from any fixed origin (a monotonic clock).
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final Quota quota;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(Quota quota, long now) {
        this.quota = quota;
        this.tokensPerNano = quota.limit() / (double) quota.window().toNanos();
        this.tokens = quota.limit();
        this.updatedAt = now;
    }

    synchronized Decision take(long now) {
        tokens = Math.min(quota.limit(), tokens + Math.max(0, now - updatedAt) * tokensPerNano);
        updatedAt = now;
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long remaining = (long) Math.floor(tokens);
        long untilNext = seconds(remaining >= 1 ? 0 : 1 - tokens);
        long untilFull = seconds(quota.limit() - tokens);
        return new Decision(quota, allowed, remaining, remaining >= 1 ? untilFull : untilNext,
                allowed ? 0 : untilNext);
    }

    /** Seconds until {@code missing} tokens have been refilled, rounded up (at least 1 when any are missing). */
    private long seconds(double missing) {
        return missing <= 0 ? 0 : Math.max(1, (long) Math.ceil(missing / tokensPerNano / NANOS_PER_SECOND));
    }
}
