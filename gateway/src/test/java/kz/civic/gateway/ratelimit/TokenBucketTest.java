package kz.civic.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final Quota THREE_PER_MINUTE = new Quota("anonymous", 3, Duration.ofSeconds(60));

    private final TokenBucket bucket = new TokenBucket(THREE_PER_MINUTE, 0);

    @Test
    void allowsTheLimitThenRefusesUntilATokenIsBack() {
        assertDecision(bucket.take(0), true, 2, 20, 0);
        assertDecision(bucket.take(0), true, 1, 40, 0);
        assertDecision(bucket.take(0), true, 0, 20, 0);
        assertDecision(bucket.take(seconds(5)), false, 0, 15, 15);
        assertDecision(bucket.take(seconds(21)), true, 0, 19, 0);
    }

    @Test
    void refillsContinuouslyButNeverAboveTheLimit() {
        bucket.take(0);
        bucket.take(0);
        bucket.take(0);
        assertDecision(bucket.take(seconds(50)), true, 1, 30, 0);
        assertDecision(bucket.take(seconds(3600)), true, 2, 20, 0);
    }

    @Test
    void formatsTheDraftFields() {
        Decision decision = bucket.take(0);
        assertEquals("\"anonymous\";q=3;w=60", THREE_PER_MINUTE.policyField());
        assertEquals("\"anonymous\";r=2;t=20", decision.rateLimitField());
    }

    @Test
    void rejectsQuotasTheHeadersCannotState() {
        assertThrows(IllegalArgumentException.class, () -> new Quota("q", 0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Quota("q", 1, Duration.ofMillis(1500)));
        assertThrows(IllegalArgumentException.class, () -> new Quota("q", 1, Duration.ZERO));
    }

    private static void assertDecision(Decision decision, boolean allowed, long remaining, long reset,
            long retryAfter) {
        if (allowed) {
            assertTrue(decision.allowed(), "allowed");
        } else {
            assertFalse(decision.allowed(), "refused");
        }
        assertEquals(remaining, decision.remaining(), "remaining");
        assertEquals(reset, decision.resetSeconds(), "reset");
        assertEquals(retryAfter, decision.retryAfterSeconds(), "retry after");
    }

    private static long seconds(long seconds) {
        return TimeUnit.SECONDS.toNanos(seconds);
    }
}
