package kz.civic.procurement.service;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Page;

/** Keyset pages ordered by id: the cursor is the last id of the previous page. */
public final class Pages {

    private Pages() {
    }

    /** The id a cursor points after, or null for the first page (400 for a cursor that is not ours). */
    public static UUID after(String cursor) {
        List<String> key = Cursor.decode(cursor, 1);
        return key == null ? null : Cursor.part(key.get(0), UUID::fromString);
    }

    /** A page from {@code limit + 1} fetched rows. */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, UUID> id) {
        return Page.of(fetched, limit, t -> List.of(id.apply(t).toString()));
    }
}
