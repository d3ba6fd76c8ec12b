package kz.civic.procurement.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Timestamps and dates in the platform's time zone (Asia/Almaty, UTC+5). */
public final class Times {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private Times() {
    }

    /**
     * Now, to the microsecond: PostgreSQL keeps microseconds, so an answer given at once shows the time as it is
     * stored and later reads show the same (the clock can have nanoseconds).
     */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZONE).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
