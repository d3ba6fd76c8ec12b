package kz.civic.registry;

/**
 * Kazakhstan business identification number (domain-brief §7.1): 12 digits, the last a check digit
 * computed mod 11 with weights 1..11, or 3..11,1,2 when the first pass gives 10. The same scheme
 * checks IINs.
 */
public final class Bin {

    private static final int[] FIRST = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
    private static final int[] SECOND = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };

    private Bin() {
    }

    /** True for 12 digits whose last digit is the check digit of the first 11. */
    public static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{12}")) {
            return false;
        }
        int check = checkDigit(value.substring(0, 11));
        return check >= 0 && check == value.charAt(11) - '0';
    }

    /** The check digit for 11 digits, or -1 when no digit makes the number valid. */
    public static int checkDigit(String first11) {
        int sum = weighted(first11, FIRST) % 11;
        if (sum == 10) {
            sum = weighted(first11, SECOND) % 11;
        }
        return sum == 10 ? -1 : sum;
    }

    /** Digit 6: 0 head organisation, 1 branch, 2 representative office. */
    public static boolean isBranchOrRepresentativeOffice(String bin) {
        char attribute = bin.charAt(5);
        return attribute == '1' || attribute == '2';
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
