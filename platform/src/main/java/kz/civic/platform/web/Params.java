package kz.civic.platform.web;

import java.util.Arrays;
import java.util.function.Function;
import kz.civic.platform.problem.ApiException;

/**
 * Query parameters taken as strings and parsed here, so that a bad value is a 400 problem naming
 * the parameter with the expected form (typed parameters get a 400 too, from {@code ProblemMappers.notFound}, but
 * only "has the wrong type").
 */
public final class Params {

    private Params() {
    }

    /** {@code value} parsed with {@code parser}; null stays null; anything the parser refuses → 400. */
    public static <T> T parse(String name, String value, Function<String, T> parser, String expected) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw ApiException.invalidParameter(name, "must be " + expected);
        }
    }

    /** An enum constant by its exact name; null stays null. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        return parse(name, value, v -> Enum.valueOf(type, v), "one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** {@code true} or {@code false}; null stays null. */
    public static Boolean bool(String name, String value) {
        return parse(name, value, v -> {
            if (!"true".equals(v) && !"false".equals(v)) {
                throw new IllegalArgumentException(v);
            }
            return Boolean.valueOf(v);
        }, "true or false");
    }
}
