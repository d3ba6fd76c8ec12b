package kz.civic.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import kz.civic.platform.problem.ApiException;

/** Encodes the sort key of the last item of a page as an opaque, URL-safe cursor. */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    public static String encode(List<String> key) {
        String joined = String.join(String.valueOf(SEPARATOR), key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor with {@code parts} key columns; null for the first page.
     *
     * @throws ApiException 400 for a cursor this API did not issue
     */
    public static List<String> decode(String cursor, int parts) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> key = new ArrayList<>(List.of(joined.split(String.valueOf(SEPARATOR), -1)));
            if (key.size() != parts) {
                throw invalid();
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /**
     * Parses one part of a decoded cursor ({@code UUID::fromString}, {@code Long::valueOf},
     * {@code LocalDate::parse}, ...); null stays null; a part that does not parse is a 400.
     */
    public static <T> T part(String value, Function<String, T> parser) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.badRequest("invalid-cursor", "the cursor was not issued by this list; start again without it");
    }
}
