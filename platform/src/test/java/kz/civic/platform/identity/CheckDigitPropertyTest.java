package kz.civic.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The BIN/IIN check digit as a property over generated 11-digit prefixes: exactly one completion is valid,
 * except for prefixes where both weight passes give 10, which have none.
 */
class CheckDigitPropertyTest {

    private static final int[] FIRST = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
    private static final int[] SECOND = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };

    @Test
    void everyPrefixHasExactlyOneValidCompletionUnlessBothPassesGiveTen() {
        SplittableRandom random = new SplittableRandom(20261125L);
        int withoutCompletion = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 11; i++) {
                prefix.append(random.nextInt(10));
            }
            int valid = 0;
            for (int last = 0; last <= 9; last++) {
                if (CheckDigit.problem(prefix.toString() + last) == null) {
                    valid++;
                }
            }
            boolean bothTen = sum(prefix, FIRST) % 11 == 10 && sum(prefix, SECOND) % 11 == 10;
            assertEquals(bothTen ? 0 : 1, valid, () -> "prefix " + prefix);
            withoutCompletion += bothTen ? 1 : 0;
        }
        // Both passes give 10 for roughly 1 prefix in 121; the sample must contain such prefixes.
        assertEquals(true, withoutCompletion > 1000, "sample too small to cover the no-completion case");
    }

    private static int sum(CharSequence digits, int[] weights) {
        int s = 0;
        for (int i = 0; i < 11; i++) {
            s += (digits.charAt(i) - '0') * weights[i];
        }
        return s;
    }
}
