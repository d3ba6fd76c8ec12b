package kz.civic.platform.identity;

import static kz.civic.platform.identity.CheckDigit.digit;
import static kz.civic.platform.identity.CheckDigit.twoDigits;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Kazakhstan's business identification number (domain-brief §7.1): 12 digits, YYMM of the
 * (re-)registration, entity type, attribute, a 5-digit serial and the {@link CheckDigit}. This is
 * the format only; what a register makes of it (branches need a head organisation, …) is the
 * service's rule.
 */
public final class Bin {

    /** The shape, for OpenAPI {@code pattern}; {@link #problem} checks the structure as well. */
    public static final String PATTERN = "^[0-9]{12}$";

    /** The format, for OpenAPI descriptions of every BIN field and parameter. */
    public static final String FORMAT = "BIN, 12 digits: 1–2 year and 3–4 month (01–12) of registration (YY 90–99 is "
            + "1990–1999, 00–89 is 2000–2089); 5 entity type (4 resident legal entity, 5 non-resident legal entity, "
            + "6 individual entrepreneur in joint venture form); 6 attribute (0 head organisation, 1 branch, "
            + "2 representative office, 3 peasant farm or joint enterprise); 7–11 serial number; 12 check digit "
            + "(Σ digit×weight mod 11 with weights 1–11, else 3–11,1,2). Anything else is 400 validation.";

    /** Digit 6. */
    public enum Attribute {
        HEAD_ORGANISATION, BRANCH, REPRESENTATIVE_OFFICE, PEASANT_FARM_OR_JOINT_ENTERPRISE
    }

    /** Two-digit years from this one on are the 1990s: Kazakhstan registers legal entities since 1990. */
    static final int FIRST_YEAR_OF_LAST_CENTURY = 90;

    private Bin() {
    }

    /** True for a BIN of valid structure and check digit. */
    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /**
     * Why {@code value} is not a BIN — the first defect, naming its positions, e.g. "month 13 in
     * positions 3–4 is impossible" — or empty when it is one.
     */
    public static Optional<String> problem(String value) {
        if (!CheckDigit.twelveDigits(value)) {
            return Optional.of("must be 12 digits");
        }
        int month = twoDigits(value, 3);
        if (month < 1 || month > 12) {
            return Optional.of(String.format("month %02d in positions 3–4 is impossible (01–12)", month));
        }
        int type = digit(value, 5);
        if (type < 4 || type > 6) {
            return Optional.of("entity type " + type + " in position 5 is impossible (4 resident legal entity, "
                    + "5 non-resident legal entity, 6 individual entrepreneur in joint venture form)");
        }
        int attribute = digit(value, 6);
        if (attribute > 3) {
            return Optional.of("attribute " + attribute + " in position 6 is impossible (0 head organisation, "
                    + "1 branch, 2 representative office, 3 peasant farm or joint enterprise)");
        }
        return Optional.ofNullable(CheckDigit.problem(value));
    }

    /** The month of registration in positions 1–4 of a valid BIN. */
    public static YearMonth registrationMonth(String bin) {
        int yy = twoDigits(bin, 1);
        return YearMonth.of((yy >= FIRST_YEAR_OF_LAST_CENTURY ? 1900 : 2000) + yy, twoDigits(bin, 3));
    }

    /** Position 6 of a valid BIN. */
    public static Attribute attribute(String bin) {
        return Attribute.values()[digit(bin, 6)];
    }

    /**
     * A valid BIN from its parts, or null when no check digit completes it (about 1 serial in 121):
     * for generators of test and demo data.
     */
    public static String of(YearMonth registered, int entityType, Attribute attribute, int serial) {
        return CheckDigit.complete(String.format("%02d%02d%d%d%05d", registered.getYear() % 100,
                registered.getMonthValue(), entityType, attribute.ordinal(), serial));
    }
}
