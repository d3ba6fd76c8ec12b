package kz.civic.procurement.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps and dates in the platform's time zone (Asia/Almaty, UTC+5). Requests use the system clock; the demo
 * loader tells its story on its own thread at the story's dates ({@link #travelTo}), so what it writes through the
 * services (awards, contracts, payments, history) is dated on the story's timeline, not at load time.
 */
public final class Times {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final Clock SYSTEM = Clock.system(ZONE);
    private static final ThreadLocal<Clock> STORY = new ThreadLocal<>();

    private Times() {
    }

    /**
     * Now, to the microsecond: PostgreSQL keeps microseconds, so an answer given at once shows the time as it is
     * stored and later reads show the same (the clock can have nanoseconds).
     */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(clock()).truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDate today() {
        return LocalDate.now(clock());
    }

    /**
     * Sets this thread's clock to {@code moment} (Asia/Almaty), from where it runs on as usual, so consecutive steps
     * keep their order; until {@link #backToPresent}. For the demo's story only.
     */
    public static void travelTo(LocalDateTime moment) {
        Instant target = moment.atZone(ZONE).toInstant();
        STORY.set(Clock.offset(SYSTEM, Duration.between(Instant.now(SYSTEM), target)));
    }

    /** This thread reads the system clock again. */
    public static void backToPresent() {
        STORY.remove();
    }

    private static Clock clock() {
        Clock story = STORY.get();
        return story == null ? SYSTEM : story;
    }
}
