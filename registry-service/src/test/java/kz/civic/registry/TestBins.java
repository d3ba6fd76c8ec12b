package kz.civic.registry;

import java.util.concurrent.ThreadLocalRandom;

/** Random BINs of head organisations with a valid check digit. */
public final class TestBins {

    private TestBins() {
    }

    public static String random() {
        return random('0');
    }

    /** A random BIN of a branch (attribute digit 1). */
    public static String randomBranch() {
        return random('1');
    }

    /** A random valid IIN-shaped number (same check-digit scheme). */
    public static String randomIin() {
        return random('0');
    }

    private static String random(char attribute) {
        while (true) {
            String first11 = String.format("%02d%02d4%c%05d", ThreadLocalRandom.current().nextInt(0, 25),
                    ThreadLocalRandom.current().nextInt(1, 13), attribute, ThreadLocalRandom.current().nextInt(0, 100_000));
            int check = Bin.checkDigit(first11);
            if (check >= 0) {
                return first11 + check;
            }
        }
    }
}
