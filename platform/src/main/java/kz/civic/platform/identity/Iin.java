package kz.civic.platform.identity;

import static kz.civic.platform.identity.CheckDigit.digit;
import static kz.civic.platform.identity.CheckDigit.twoDigits;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Kazakhstan's individual identification number (domain-brief §7.1): 12 digits, the date of birth
 * YYMMDD, a century and sex digit, a 4-digit serial and the {@link CheckDigit}. Personal data: never
 * put one in a log line or an event (hash it with {@code IinHasher}).
 */
public final class Iin {

    /** The shape, for OpenAPI {@code pattern}; {@link #problem} checks the structure as well. */
    public static final String PATTERN = "^[0-9]{12}$";

    /** The format, for OpenAPI descriptions of every IIN field. */
    public static final String FORMAT = "IIN, 12 digits: 1–6 date of birth YYMMDD (a real calendar date in the century "
            + "of digit 7); 7 century and sex (1/2 born in the 1800s, 3/4 in the 1900s, 5/6 in the 2000s; odd male, "
            + "even female); 8–11 serial number; 12 check digit (as for a BIN). Anything else is 400 validation.";

    private Iin() {
    }

    /** True for an IIN of valid structure and check digit. */
    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /**
     * Why {@code value} is not an IIN — the first defect, naming its positions, e.g. "date of birth
     * 1990-02-30 in positions 1–6 does not exist" — or empty when it is one.
     */
    public static Optional<String> problem(String value) {
        if (!CheckDigit.twelveDigits(value)) {
            return Optional.of("must be 12 digits");
        }
        int month = twoDigits(value, 3);
        if (month < 1 || month > 12) {
            return Optional.of(String.format("month %02d of the date of birth in positions 3–4 is impossible (01–12)", month));
        }
        int century = digit(value, 7);
        if (century < 1 || century > 6) {
            return Optional.of("century and sex digit " + century + " in position 7 is impossible "
                    + "(1/2 born in the 1800s, 3/4 in the 1900s, 5/6 in the 2000s)");
        }
        int year = year(value);
        int day = twoDigits(value, 5);
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Optional.of(String.format("date of birth %04d-%02d-%02d in positions 1–6 does not exist", year, month, day));
        }
        return Optional.ofNullable(CheckDigit.problem(value));
    }

    /** The date of birth of a valid IIN. */
    public static LocalDate birthDate(String iin) {
        return LocalDate.of(year(iin), twoDigits(iin, 3), twoDigits(iin, 5));
    }

    /**
     * A valid IIN from its parts, or null when no check digit completes it (about 1 serial in 121):
     * for generators of test and demo data.
     */
    public static String of(LocalDate born, boolean female, int serial) {
        int century = (born.getYear() / 100 - 18) * 2 + (female ? 2 : 1);
        return CheckDigit.complete(String.format("%02d%02d%02d%d%04d", born.getYear() % 100, born.getMonthValue(),
                born.getDayOfMonth(), century, serial));
    }

    private static int year(String iin) {
        return 1800 + (digit(iin, 7) - 1) / 2 * 100 + twoDigits(iin, 1);
    }
}
