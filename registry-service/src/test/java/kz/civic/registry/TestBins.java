package kz.civic.registry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;
import kz.civic.platform.identity.Bin;
import kz.civic.platform.identity.Iin;

/**
 * Random identifiers of valid structure and check digit. {@link #random()} BINs were assigned in
 * 1990–2000, so they suit any registration date from 2001 on (a BIN's YYMM may not be after the
 * registration date); for an earlier date use {@link #registeredOn}.
 */
public final class TestBins {

    private static final YearMonth FIRST = YearMonth.of(1990, 1);
    private static final int MONTHS = 11 * 12;

    private TestBins() {
    }

    /** A head organisation's BIN assigned in a random month of 1990–2000. */
    public static String random() {
        return random(FIRST.plusMonths(ThreadLocalRandom.current().nextInt(MONTHS)), Bin.Attribute.HEAD_ORGANISATION);
    }

    /** A head organisation's BIN assigned in the month of {@code registered} (from 1990). */
    public static String registeredOn(LocalDate registered) {
        return random(YearMonth.from(registered), Bin.Attribute.HEAD_ORGANISATION);
    }

    /** A random BIN of a branch (attribute digit 1) assigned in 1990–2000. */
    public static String randomBranch() {
        return random(FIRST.plusMonths(ThreadLocalRandom.current().nextInt(MONTHS)), Bin.Attribute.BRANCH);
    }

    /** A random IIN of a person born 1950–1999. */
    public static String randomIin() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String iin = Iin.of(LocalDate.of(1950, 1, 1).plusDays(random.nextInt(50 * 365)), random.nextBoolean(),
                    random.nextInt(10_000));
            if (iin != null) {
                return iin;
            }
        }
    }

    private static String random(YearMonth month, Bin.Attribute attribute) {
        while (true) {
            String bin = Bin.of(month, 4, attribute, ThreadLocalRandom.current().nextInt(100_000));
            if (bin != null) {
                return bin;
            }
        }
    }
}
