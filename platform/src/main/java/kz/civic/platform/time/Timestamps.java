package kz.civic.platform.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Stored instants: UTC, to the microsecond, which is what PostgreSQL's {@code timestamptz} keeps. A value taken here
 * is written to the database unchanged, so the answer of the request that stores it and every later read show the
 * same text ({@code web.Serialization} writes instants as UTC with six fractional digits). A clock's nanoseconds
 * would be rounded by the database and could differ in the last digit from an answer written before the round trip.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** Now, in UTC, truncated to microseconds. */
    public static OffsetDateTime now() {
        return now(Clock.systemUTC());
    }

    /** The clock's now, in UTC, truncated to microseconds (a service's own or a test's clock). */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
