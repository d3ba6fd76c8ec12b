package kz.civic.forum.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.web.Cursor;

/** The position after which a newest-first list continues: (created_at, id), both indexed. */
public record Keyset(OffsetDateTime createdAt, UUID id) {

    /** The keyset of a cursor; null for the first page. */
    public static Keyset decode(String cursor) {
        List<String> key = Cursor.decode(cursor, 2);
        if (key == null) {
            return null;
        }
        return new Keyset(Cursor.part(key.get(0), k -> OffsetDateTime.ofInstant(Instant.parse(k), ZoneOffset.UTC)),
                Cursor.part(key.get(1), UUID::fromString));
    }

    /** The sort key of an item, for {@link kz.civic.platform.web.Page#of}. */
    public static List<String> of(OffsetDateTime createdAt, UUID id) {
        return List.of(createdAt.toInstant().toString(), id.toString());
    }
}
