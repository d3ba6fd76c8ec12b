package kz.civic.platform.identity;

/**
 * The check digit of Kazakhstan's BIN and IIN (domain-brief §7.1): Σ(dᵢ·wᵢ) mod 11 over the first 11
 * digits with weights 1..11; when that gives 10, again with weights 3..11,1,2; when that gives 10
 * too, no digit completes the number.
 */
public final class CheckDigit {

    private static final int[] FIRST = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
    private static final int[] SECOND = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };

    private CheckDigit() {
    }

    /** The check digit for 11 ASCII digits, or -1 when no digit makes the number valid. */
    public static int of(String first11) {
        int sum = weighted(first11, FIRST) % 11;
        if (sum == 10) {
            sum = weighted(first11, SECOND) % 11;
        }
        return sum == 10 ? -1 : sum;
    }

    /** The 12-digit number with its check digit, or null when no digit completes {@code first11}. */
    public static String complete(String first11) {
        int check = of(first11);
        return check < 0 ? null : first11 + check;
    }

    /** Why the last of 12 digits is not the check digit of the first 11, or null when it is. */
    static String problem(String twelveDigits) {
        int check = of(twelveDigits.substring(0, 11));
        if (check < 0) {
            return "no check digit completes the first 11 digits, so no such number exists";
        }
        int actual = twelveDigits.charAt(11) - '0';
        return check == actual ? null
                : "check digit " + actual + " in position 12 is wrong: the first 11 digits give " + check;
    }

    /** True for exactly 12 ASCII digits. */
    static boolean twelveDigits(String value) {
        if (value == null || value.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int digit(String value, int position) {
        return value.charAt(position - 1) - '0';
    }

    static int twoDigits(String value, int position) {
        return digit(value, position) * 10 + digit(value, position + 1);
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
