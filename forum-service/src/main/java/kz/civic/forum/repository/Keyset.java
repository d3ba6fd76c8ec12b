package kz.civic.forum.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Cursor;

/** The position after which a newest-first list continues: (created_at, id), both indexed. */
public record Keyset(OffsetDateTime createdAt, UUID id) {

    /** The keyset of a cursor; null for the first page. */
    public static Keyset decode(String cursor) {
        List<String> key = Cursor.decode(cursor, 2);
        if (key == null) {
            return null;
        }
        try {
            return new Keyset(OffsetDateTime.ofInstant(Instant.parse(key.get(0)), ZoneOffset.UTC), UUID.fromString(key.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-cursor", "the cursor was not issued by this list; start again without it");
        }
    }

    /** The sort key of an item, for {@link kz.civic.platform.web.Page#of}. */
    public static List<String> of(OffsetDateTime createdAt, UUID id) {
        return List.of(createdAt.toInstant().toString(), id.toString());
    }
}
