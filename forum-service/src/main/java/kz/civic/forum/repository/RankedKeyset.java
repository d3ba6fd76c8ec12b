package kz.civic.forum.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.web.Cursor;

/**
 * The position after which a list ranked by a text query continues: (rank, created_at, id), the rank being
 * {@link kz.civic.platform.search.SearchKey.Query#rank} of the row (1 exact … 5 matched only by full text).
 */
public record RankedKeyset(int rank, Keyset keyset) {

    /** The ranked keyset of a cursor; null for the first page. */
    public static RankedKeyset decode(String cursor) {
        List<String> key = Cursor.decode(cursor, 3);
        if (key == null) {
            return null;
        }
        return new RankedKeyset(Cursor.part(key.get(0), Integer::valueOf),
                new Keyset(Cursor.part(key.get(1), k -> OffsetDateTime.ofInstant(Instant.parse(k), ZoneOffset.UTC)),
                        Cursor.part(key.get(2), UUID::fromString)));
    }

    /** The sort key of an item, for {@link kz.civic.platform.web.Page#of}. */
    public static List<String> of(int rank, OffsetDateTime createdAt, UUID id) {
        return List.of(Integer.toString(rank), createdAt.toInstant().toString(), id.toString());
    }
}
