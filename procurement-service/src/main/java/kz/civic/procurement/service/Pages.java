package kz.civic.procurement.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Page;

/**
 * Keyset pages: the cursor is the sort key of the last item of the previous page (an id; a
 * timestamp and an id; a number), and queries fetch {@code limit + 1} rows after it. Lists computed
 * in memory (a ranking, configuration) are sliced after the item the cursor names.
 */
public final class Pages {

    /** The key of a list ordered by a timestamp, ties broken by an id. */
    public record TimeKey<K>(OffsetDateTime at, K id) {
    }

    private Pages() {
    }

    /** The id a cursor points after, or null for the first page (400 for a cursor that is not ours). */
    public static UUID after(String cursor) {
        return after(cursor, UUID::fromString);
    }

    /** The single key part a cursor points after, parsed; null for the first page (400 for a cursor that is not ours). */
    public static <K> K after(String cursor, Function<String, K> parser) {
        List<String> key = Cursor.decode(cursor, 1);
        return key == null ? null : Cursor.part(key.get(0), parser);
    }

    /** The (timestamp, id) a cursor points after, or null for the first page (400 for a cursor that is not ours). */
    public static <K> TimeKey<K> afterTime(String cursor, Function<String, K> idParser) {
        List<String> key = Cursor.decode(cursor, 2);
        return key == null ? null
                : new TimeKey<>(Cursor.part(key.get(0), OffsetDateTime::parse), Cursor.part(key.get(1), idParser));
    }

    /** A page from {@code limit + 1} fetched rows ordered by id. */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, UUID> id) {
        return keyed(fetched, limit, id::apply);
    }

    /** A page from {@code limit + 1} fetched rows ordered by one key. */
    public static <T> Page<T> keyed(List<T> fetched, int limit, Function<T, ?> key) {
        return Page.of(fetched, limit, t -> List.of(key.apply(t).toString()));
    }

    /** A page from {@code limit + 1} fetched rows ordered by a timestamp, then an id. */
    public static <T> Page<T> timed(List<T> fetched, int limit, Function<T, OffsetDateTime> at, Function<T, ?> id) {
        return Page.of(fetched, limit, t -> List.of(at.apply(t).toString(), id.apply(t).toString()));
    }

    /**
     * A page of a list computed in memory, in its order: the items after the one whose key the cursor
     * names (400 invalid-cursor when no item has it any more).
     */
    public static <T> Page<T> slice(List<T> ordered, String cursor, int limit, Function<T, String> key) {
        int from = 0;
        String after = after(cursor, Function.identity());
        if (after != null) {
            int index = -1;
            for (int i = 0; i < ordered.size() && index < 0; i++) {
                if (after.equals(key.apply(ordered.get(i)))) {
                    index = i;
                }
            }
            if (index < 0) {
                throw ApiException.badRequest("invalid-cursor", "the cursor names an item no longer in this list; "
                        + "start again without it");
            }
            from = index + 1;
        }
        return Page.of(ordered.subList(from, Math.min(ordered.size(), from + limit + 1)), limit,
                t -> List.of(key.apply(t)));
    }
}
