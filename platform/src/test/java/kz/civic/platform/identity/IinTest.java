package kz.civic.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IinTest {

    /** The first 7 digits with a serial that a check digit completes, so that only the structure is wrong. */
    static String checked(String first7) {
        for (int serial = 0;; serial++) {
            String complete = CheckDigit.complete(first7 + String.format("%04d", serial));
            if (complete != null) {
                return complete;
            }
        }
    }

    @Test
    void acceptsRealDatesInEveryCentury() {
        assertEquals(Optional.empty(), Iin.problem(checked("8801153")));
        assertEquals(LocalDate.of(1988, 1, 15), Iin.birthDate(checked("8801153")));
        assertEquals(LocalDate.of(1899, 12, 31), Iin.birthDate(checked("9912312")));
        assertEquals(LocalDate.of(2004, 2, 29), Iin.birthDate(checked("0402296")));
        assertEquals(Optional.empty(), Iin.problem(checked("0402295")));
    }

    @Test
    void rejectsImpossibleDatesOfBirth() {
        assertEquals(Optional.of("month 13 of the date of birth in positions 3–4 is impossible (01–12)"),
                Iin.problem(checked("8813013")));
        assertEquals(Optional.of("date of birth 1990-02-30 in positions 1–6 does not exist"), Iin.problem(checked("9002303")));
        assertEquals(Optional.of("date of birth 1988-04-31 in positions 1–6 does not exist"), Iin.problem(checked("8804314")));
        assertEquals(Optional.of("date of birth 1988-01-00 in positions 1–6 does not exist"), Iin.problem(checked("8801003")));
        // 29 February exists in 2000 (digit 5) but not in 1900 (digit 3)
        assertEquals(Optional.empty(), Iin.problem(checked("0002295")));
        assertEquals(Optional.of("date of birth 1900-02-29 in positions 1–6 does not exist"), Iin.problem(checked("0002293")));
    }

    @Test
    void rejectsCenturyDigitOutsideOneToSix() {
        for (int digit : new int[] { 0, 7, 8, 9 }) {
            String iin = checked("880115" + digit);
            assertTrue(Iin.problem(iin).orElseThrow().startsWith("century and sex digit " + digit + " in position 7 is impossible"),
                    iin + ": " + Iin.problem(iin));
        }
    }

    @Test
    void rejectsWrongCheckDigitAndShape() {
        String valid = checked("8801153");
        char wrong = valid.charAt(11) == '0' ? '1' : '0';
        assertTrue(Iin.problem(valid.substring(0, 11) + wrong).orElseThrow().startsWith("check digit " + wrong
                + " in position 12 is wrong"));
        assertEquals(Optional.of("must be 12 digits"), Iin.problem("88011530001"));
        assertEquals(Optional.of("must be 12 digits"), Iin.problem(null));
        assertFalse(Iin.isValid("88011530001x"));
    }

    @Test
    void buildsValidNumbersFromParts() {
        int built = 0;
        for (int serial = 0; serial < 500; serial++) {
            for (LocalDate born : new LocalDate[] { LocalDate.of(1850, 6, 1), LocalDate.of(1975, 3, 8), LocalDate.of(2008, 2, 29) }) {
                for (boolean female : new boolean[] { false, true }) {
                    String iin = Iin.of(born, female, serial);
                    if (iin != null) {
                        assertEquals(Optional.empty(), Iin.problem(iin), iin);
                        assertEquals(born, Iin.birthDate(iin));
                        assertEquals(female, (iin.charAt(6) - '0') % 2 == 0);
                        built++;
                    }
                }
            }
        }
        assertTrue(built > 2900, "serials without a check digit are about 1 in 121: " + built);
    }
}
