package kz.civic.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinTest {

    @Test
    void acceptsPublishedTestVectors() {
        assertTrue(Bin.isValid("940140000385"));
        assertTrue(Bin.isValid("990140004654"));
    }

    @Test
    void rejectsTestVectorsWithAnyOtherLastDigit() {
        for (String valid : new String[] { "940140000385", "990140004654" }) {
            for (char last = '0'; last <= '9'; last++) {
                if (last != valid.charAt(11)) {
                    assertFalse(Bin.isValid(valid.substring(0, 11) + last), valid + " with last digit " + last);
                }
            }
        }
    }

    @Test
    void rejectsWrongShape() {
        assertFalse(Bin.isValid(null));
        assertFalse(Bin.isValid("94014000038"));
        assertFalse(Bin.isValid("9401400003850"));
        assertFalse(Bin.isValid("94014000038a"));
        assertFalse(Bin.isValid("９４０１４００００３８５"));
    }

    @Test
    void usesSecondWeightsWhenFirstPassGivesTen() {
        // First pass: sum(d_i * i) mod 11 = 10 for these digits, so the second weights decide.
        String first11 = "00000000010";
        int firstPass = 0;
        for (int i = 0; i < 11; i++) {
            firstPass += (first11.charAt(i) - '0') * (i + 1);
        }
        assertEquals(10, firstPass % 11);
        int check = Bin.checkDigit(first11);
        assertEquals(1, check); // second weights give digit 10 the weight 1
        assertTrue(Bin.isValid(first11 + check));
    }

    @Test
    void detectsBranchesAndRepresentativeOffices() {
        assertFalse(Bin.isBranchOrRepresentativeOffice("940140000385"));
        assertTrue(Bin.isBranchOrRepresentativeOffice("940141000385"));
        assertTrue(Bin.isBranchOrRepresentativeOffice("940142000385"));
    }
}
