package kz.civic.forum.rest;

import java.util.List;
import java.util.UUID;
import kz.civic.platform.problem.ApiException;

/** Parses optional query parameters; a value that does not parse is a 400 naming the parameter (not JAX-RS's 404). */
final class QueryParams {

    private QueryParams() {
    }

    /** The value, or null when absent or empty. */
    static String text(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be one of " + List.of(type.getEnumConstants()));
        }
    }

    static UUID uuid(String value, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be a UUID");
        }
    }

    /** An integer from {@code min} to {@code max}. */
    static Integer intValue(String value, String name, int min, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, "must be an integer from " + min + " to " + max);
    }

    /** Free text of at most {@code max} characters, stripped; null when absent or blank. */
    static String query(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw invalid(name, "must be at most " + max + " characters");
        }
        return value.strip();
    }

    private static ApiException invalid(String name, String message) {
        return ApiException.invalidParameter(name, message);
    }
}
