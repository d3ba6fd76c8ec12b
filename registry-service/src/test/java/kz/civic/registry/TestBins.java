package kz.civic.registry;

import java.util.concurrent.ThreadLocalRandom;

/** Random BINs of head organisations with a valid check digit. */
public final class TestBins {

    private TestBins() {
    }

    public static String random() {
        while (true) {
            String first11 = String.format("%02d%02d40%05d", ThreadLocalRandom.current().nextInt(0, 25),
                    ThreadLocalRandom.current().nextInt(1, 13), ThreadLocalRandom.current().nextInt(0, 100_000));
            int check = Bin.checkDigit(first11);
            if (check >= 0) {
                return first11 + check;
            }
        }
    }
}
