package kz.civic.procurement.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Timestamps and dates in the platform's time zone (Asia/Almaty, UTC+5). */
public final class Times {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private Times() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZONE);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
