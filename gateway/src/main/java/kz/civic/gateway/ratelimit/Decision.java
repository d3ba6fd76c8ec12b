package kz.civic.gateway.ratelimit;

/**
 * The outcome of one request against its quota. {@code remaining} requests may be made now;
 * {@code resetSeconds} until the quota is whole again, or, with none remaining, until the next
 * request is accepted ({@code retryAfterSeconds} on a refused one).
 */
record Decision(Quota quota, boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {

    /** The {@code RateLimit} field of draft-ietf-httpapi-ratelimit-headers-11: {@code "anonymous";r=119;t=1}. */
    String rateLimitField() {
        return "\"" + quota.name() + "\";r=" + remaining + ";t=" + resetSeconds;
    }
}
