package kz.civic.gateway.resilience;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One backend's circuit breaker. Closed, every call passes; after {@code failureThreshold}
 * consecutive failures (unreachable, timed out, broken before an answer) it opens and calls are
 * refused at once for {@code openFor}. Then it is half-open: one call (the probe) passes; its success
 * closes the breaker, its failure opens it again for another {@code openFor}. Any answer from the
 * backend, whatever its status, is a success: the backend is there and answering.
 *
 * <p>A probe that never reports (its client went away) stops blocking others after
 * {@code probeTimeout}, when another call becomes the probe. Thread-safe.
 */
public final class CircuitBreaker {

    /** Where the breaker stands. */
    public enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    /** Whether a call may pass; if not, the whole seconds until one may ({@code Retry-After}). */
    public record Admission(boolean allowed, long retryAfterSeconds) {
        static final Admission ALLOWED = new Admission(true, 0);
    }

    private final int failureThreshold;
    private final long openNanos;
    private final long probeTimeoutNanos;
    private final LongSupplier clock;

    private State state = State.CLOSED;
    private int failures;
    private long openedAt;
    private long probeStartedAt;

    public CircuitBreaker(int failureThreshold, Duration openFor, Duration probeTimeout, LongSupplier clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("a circuit breaker's failure threshold is at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.openNanos = openFor.toNanos();
        this.probeTimeoutNanos = probeTimeout.toNanos();
        this.clock = clock;
    }

    /** Asks to pass one call; an allowed call must later report {@link #succeeded()} or {@link #failed()}. */
    public synchronized Admission admit() {
        long now = clock.getAsLong();
        switch (state) {
            case CLOSED:
                return Admission.ALLOWED;
            case OPEN:
                long left = openedAt + openNanos - now;
                if (left > 0) {
                    return refused(left);
                }
                state = State.HALF_OPEN;
                probeStartedAt = now;
                return Admission.ALLOWED;
            default:
                if (now - probeStartedAt >= probeTimeoutNanos) {
                    probeStartedAt = now;
                    return Admission.ALLOWED;
                }
                return refused(probeStartedAt + probeTimeoutNanos - now);
        }
    }

    /** The backend answered. Closes a half-open breaker; a late answer while open changes nothing. */
    public synchronized void succeeded() {
        if (state != State.OPEN) {
            state = State.CLOSED;
            failures = 0;
        }
    }

    /** The call failed before the backend answered. */
    public synchronized void failed() {
        if (state == State.HALF_OPEN || state == State.CLOSED && ++failures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.getAsLong();
            failures = 0;
        }
    }

    public synchronized State state() {
        return state;
    }

    private static Admission refused(long nanos) {
        return new Admission(false, Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }
}
