package kz.civic.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final Quota ONE_PER_MINUTE = new Quota("anonymous", 1, Duration.ofSeconds(60));

    private final AtomicLong now = new AtomicLong();
    private final Ticker ticker = now::get;

    @Test
    void manyClientsNeverHoldMoreThanMaxClientsBuckets() {
        TokenBuckets buckets = new TokenBuckets(100, Duration.ofSeconds(60), ticker);
        for (int i = 0; i < 10_000; i++) {
            buckets.take(ONE_PER_MINUTE, "10.0." + i / 256 + "." + i % 256);
        }
        assertTrue(buckets.size() <= 100, "held " + buckets.size() + " buckets");
    }

    @Test
    void idleBucketsAreDroppedAfterTheWindowWhenTheyWouldBeFullAnyway() {
        TokenBuckets buckets = new TokenBuckets(100, Duration.ofSeconds(60), ticker);
        buckets.take(ONE_PER_MINUTE, "a");
        buckets.take(ONE_PER_MINUTE, "b");
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertFalse(buckets.take(ONE_PER_MINUTE, "a").allowed(), "a is still counted after 30 s");
        now.addAndGet(Duration.ofSeconds(45).toNanos());
        assertEquals(1, buckets.size(), "b, idle for 75 s, is gone; a was used 45 s ago");
        assertTrue(buckets.take(ONE_PER_MINUTE, "b").allowed());
    }

    @Test
    void clientsAndQuotasHaveSeparateBuckets() {
        TokenBuckets buckets = new TokenBuckets(100, Duration.ofSeconds(60), ticker);
        Quota authenticated = new Quota("authenticated", 1, Duration.ofSeconds(60));
        assertTrue(buckets.take(ONE_PER_MINUTE, "a").allowed());
        assertFalse(buckets.take(ONE_PER_MINUTE, "a").allowed());
        assertTrue(buckets.take(ONE_PER_MINUTE, "b").allowed());
        assertTrue(buckets.take(authenticated, "a").allowed());
    }
}
