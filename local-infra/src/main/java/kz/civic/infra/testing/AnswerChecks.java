package kz.civic.infra.testing;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * How the checks every test answer passes through ({@link ResponseSchemas}, {@link CsvAnswers},
 * {@link WriteReadConsistency}) report what they find: a module that sets the check's system property to
 * {@code enforce} (the services' surefire configuration does) fails the test; otherwise the finding is appended to a
 * file under {@code target/}, so a module can adopt a check before it passes.
 */
public final class AnswerChecks {

    private static boolean registered;

    private AnswerChecks() {
    }

    /** Adds the three checks to REST Assured's default filters (once per JVM). */
    public static synchronized void register() {
        if (!registered) {
            RestAssured.filters(new ResponseSchemas(), new CsvAnswers(), new WriteReadConsistency());
            registered = true;
        }
    }

    /**
     * Reports {@code finding}: throws an {@link AssertionError} saying {@code what} when {@code enforce} is true, else
     * appends the finding to {@code target/<file>}.
     */
    static void report(boolean enforce, String what, String file, String finding) {
        if (enforce) {
            throw new AssertionError(what + ": " + finding);
        }
        try {
            Path path = Path.of("target", file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, finding + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the system property {@code property} says {@code enforce}. */
    static boolean enforced(String property) {
        return "enforce".equals(System.getProperty(property));
    }
}
