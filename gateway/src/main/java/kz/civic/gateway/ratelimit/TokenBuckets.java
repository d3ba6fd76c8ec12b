package kz.civic.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * The buckets of all clients, in bounded memory: at most {@code maxClients} of them, and a bucket
 * left alone for {@code idleAfter} is dropped. With {@code idleAfter} at least the longest window a
 * dropped bucket had refilled anyway, so forgetting it changes nothing for its client.
 */
final class TokenBuckets {

    private final Cache<String, TokenBucket> buckets;
    private final Ticker ticker;

    TokenBuckets(long maxClients, Duration idleAfter, Ticker ticker) {
        this.ticker = ticker;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(idleAfter)
                .ticker(ticker)
                // Evictions run on the calling thread, a few at a time: no pool thread, nothing racing the clock.
                .executor(Runnable::run)
                .build();
    }

    /** Takes one token from {@code client}'s bucket under {@code quota}. */
    Decision take(Quota quota, String client) {
        long now = ticker.read();
        return buckets.get(quota.name() + ' ' + client, key -> new TokenBucket(quota, now)).take(now);
    }

    /** Buckets held now, after pending evictions are done. */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
