package kz.civic.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The breaker's state machine on a hand-driven clock. */
class CircuitBreakerTest {

    private long now = 1_000_000_000L;
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), Duration.ofSeconds(5),
            () -> now);

    @Test
    void opensAfterTheThresholdOfConsecutiveFailures() {
        fail(2);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        fail(1);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        CircuitBreaker.Admission refused = breaker.admit();
        assertFalse(refused.allowed());
        assertEquals(10, refused.retryAfterSeconds());
        advance(Duration.ofMillis(7_500));
        assertEquals(3, breaker.admit().retryAfterSeconds(), "Retry-After rounds up");
    }

    @Test
    void aSuccessResetsTheCount() {
        fail(2);
        pass();
        fail(2);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.admit().allowed());
    }

    @Test
    void afterTheCoolDownOneProbePassesAndItsSuccessCloses() {
        open();
        advance(Duration.ofSeconds(10));
        assertTrue(breaker.admit().allowed(), "the probe");
        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
        assertFalse(breaker.admit().allowed(), "others wait for the probe");
        breaker.succeeded();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.admit().allowed());
        assertTrue(breaker.admit().allowed());
    }

    @Test
    void aFailedProbeOpensAgainForAWholeCoolDown() {
        open();
        advance(Duration.ofSeconds(10));
        assertTrue(breaker.admit().allowed());
        breaker.failed();
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        CircuitBreaker.Admission refused = breaker.admit();
        assertFalse(refused.allowed());
        assertEquals(10, refused.retryAfterSeconds());
    }

    @Test
    void aLostProbeIsReplacedAfterTheProbeTimeout() {
        open();
        advance(Duration.ofSeconds(10));
        assertTrue(breaker.admit().allowed());
        advance(Duration.ofSeconds(4));
        assertFalse(breaker.admit().allowed());
        advance(Duration.ofSeconds(1));
        assertTrue(breaker.admit().allowed(), "the first probe never reported; a second one goes");
    }

    @Test
    void lateOutcomesOfCallsStartedBeforeOpeningChangeNothing() {
        open();
        breaker.succeeded();
        breaker.failed();
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        advance(Duration.ofSeconds(9));
        assertFalse(breaker.admit().allowed(), "the late failure did not restart the cool-down either");
        advance(Duration.ofSeconds(1));
        assertTrue(breaker.admit().allowed());
    }

    @Test
    void aThresholdBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new CircuitBreaker(0, Duration.ofSeconds(1), Duration.ofSeconds(1), () -> 0L));
    }

    private void open() {
        fail(3);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertTrue(breaker.admit().allowed());
            breaker.failed();
        }
    }

    private void pass() {
        assertTrue(breaker.admit().allowed());
        breaker.succeeded();
    }

    private void advance(Duration duration) {
        now += duration.toNanos();
    }
}
