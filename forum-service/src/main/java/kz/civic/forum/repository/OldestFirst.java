package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.web.Cursor;

/**
 * Oldest-first keyset pages of the records attached to one parent (answers, evidence, assessments of a
 * recommendation): {@code parent = :parent} ordered by a timestamp, then id.
 */
public final class OldestFirst {

    /** The position after which a page continues. */
    public record After(OffsetDateTime time, UUID id) {

        /** The position of a cursor; null for the first page. */
        public static After decode(String cursor) {
            List<String> key = Cursor.decode(cursor, 2);
            return key == null ? null
                    : new After(Cursor.part(key.get(0), OffsetDateTime::parse), Cursor.part(key.get(1), UUID::fromString));
        }

        /** The sort key of an item, for {@link kz.civic.platform.web.Page#of}. */
        public static List<String> key(OffsetDateTime time, UUID id) {
            return List.of(time.toString(), id.toString());
        }
    }

    private OldestFirst() {
    }

    public static <E> List<E> page(PanacheRepositoryBase<E, UUID> repository, String parentField, UUID parent,
            String timeField, After after, int limit) {
        String order = " order by " + timeField + ", id";
        return (after == null
                ? repository.find(parentField + " = ?1" + order, parent)
                : repository.find(parentField + " = ?1 and (" + timeField + " > ?2 or (" + timeField + " = ?2 and id > ?3))"
                        + order, parent, after.time(), after.id()))
                .range(0, limit - 1).list();
    }
}
