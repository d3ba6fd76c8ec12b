package kz.civic.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BinTest {

    /** 11 digits completed with their check digit, so that only the structure is wrong. */
    static String checked(String first11) {
        for (int serial = 0;; serial++) {
            String candidate = first11.substring(0, 6) + String.format("%05d", Integer.parseInt(first11.substring(6)) + serial);
            String complete = CheckDigit.complete(candidate);
            if (complete != null) {
                return complete;
            }
        }
    }

    @Test
    void acceptsPublishedTestVectors() {
        assertEquals(Optional.empty(), Bin.problem("940140000385"));
        assertEquals(Optional.empty(), Bin.problem("990140004654"));
        assertEquals(Optional.empty(), Bin.problem("261140000018"));
    }

    @Test
    void rejectsMonthThirteenAndZero() {
        String month13 = checked("94134000038");
        assertEquals(Optional.of("month 13 in positions 3–4 is impossible (01–12)"), Bin.problem(month13));
        assertEquals(Optional.of("month 00 in positions 3–4 is impossible (01–12)"), Bin.problem(checked("94004000038")));
        assertFalse(Bin.isValid(month13));
    }

    @Test
    void rejectsEntityTypeOtherThanFourFiveSix() {
        for (int type : new int[] { 0, 1, 2, 3, 7, 8, 9 }) {
            String bin = checked("9401" + type + "000038");
            assertTrue(Bin.problem(bin).orElseThrow().startsWith("entity type " + type + " in position 5 is impossible"),
                    bin + ": " + Bin.problem(bin));
        }
        for (int type = 4; type <= 6; type++) {
            assertTrue(Bin.isValid(checked("9401" + type + "000038")));
        }
    }

    @Test
    void rejectsAttributeAboveThree() {
        for (int attribute = 4; attribute <= 9; attribute++) {
            String bin = checked("94014" + attribute + "00038");
            assertTrue(Bin.problem(bin).orElseThrow().startsWith("attribute " + attribute + " in position 6 is impossible"),
                    bin + ": " + Bin.problem(bin));
        }
        for (int attribute = 0; attribute <= 3; attribute++) {
            String bin = checked("94014" + attribute + "00038");
            assertTrue(Bin.isValid(bin));
            assertEquals(Bin.Attribute.values()[attribute], Bin.attribute(bin));
        }
    }

    @Test
    void rejectsAnyOtherLastDigit() {
        for (char last = '0'; last <= '9'; last++) {
            if (last != '5') {
                assertEquals(Optional.of("check digit " + last + " in position 12 is wrong: the first 11 digits give 5"),
                        Bin.problem("94014000038" + last));
            }
        }
    }

    @Test
    void rejectsWrongShape() {
        for (String wrong : new String[] { null, "", "94014000038", "9401400003850", "94014000038a", "９４０１４００００３８５",
                " 940140000385" }) {
            assertEquals(Optional.of("must be 12 digits"), Bin.problem(wrong), wrong);
        }
    }

    @Test
    void usesSecondWeightsWhenFirstPassGivesTen() {
        // First pass: 1·10 mod 11 = 10, so the second weights decide: digit 10 has weight 1 there.
        assertEquals(1, CheckDigit.of("00000000010"));
        assertEquals("000000000101", CheckDigit.complete("00000000010"));
        // Both passes give 10 for about 1 prefix in 121: no number has that prefix.
        String none = null;
        for (int n = 0; none == null; n++) {
            String prefix = String.format("%011d", n);
            if (CheckDigit.of(prefix) < 0) {
                none = prefix;
            }
        }
        assertEquals(null, CheckDigit.complete(none));
        assertEquals("no check digit completes the first 11 digits, so no such number exists",
                CheckDigit.problem(none + "0"));
    }

    @Test
    void readsTheRegistrationMonthWithTheNinetiesPivot() {
        assertEquals(YearMonth.of(1994, 1), Bin.registrationMonth("940140000385"));
        assertEquals(YearMonth.of(2026, 11), Bin.registrationMonth("261140000018"));
        assertEquals(YearMonth.of(1990, 5), Bin.registrationMonth(checked("90054000001")));
        assertEquals(YearMonth.of(2089, 5), Bin.registrationMonth(checked("89054000001")));
    }

    @Test
    void buildsValidNumbersFromParts() {
        String bin = Bin.of(YearMonth.of(2005, 7), 4, Bin.Attribute.BRANCH, 12);
        assertTrue(bin == null || Bin.isValid(bin));
        int built = 0;
        for (int serial = 0; serial < 1000; serial++) {
            String b = Bin.of(YearMonth.of(2005, 7), 4, Bin.Attribute.BRANCH, serial);
            if (b != null) {
                assertTrue(Bin.isValid(b), b);
                assertEquals(YearMonth.of(2005, 7), Bin.registrationMonth(b));
                assertEquals(Bin.Attribute.BRANCH, Bin.attribute(b));
                built++;
            }
        }
        assertTrue(built > 980, "serials without a check digit are about 1 in 121: " + built);
    }
}
