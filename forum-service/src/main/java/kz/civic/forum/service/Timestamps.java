package kz.civic.forum.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Timestamps in Kazakhstan's time zone, at the precision PostgreSQL keeps (so keyset cursors round-trip). */
public final class Timestamps {

    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private Timestamps() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ALMATY).truncatedTo(ChronoUnit.MICROS);
    }

    /** Today's date in Kazakhstan. */
    public static LocalDate today() {
        return LocalDate.now(ALMATY);
    }
}
