package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A newest-first keyset query: optional equality filters (a null value is no filter), the keyset
 * condition, {@code order by createdAt desc, id desc}, and at most {@code limit} rows. No OFFSET.
 */
public final class KeysetQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} (naming {@code :name}) when {@code value} is not null. */
    public KeysetQuery where(String clause, String name, Object value) {
        return value == null ? this : where(clause, Map.of(name, value));
    }

    /** Adds {@code clause} with its named parameters. */
    public KeysetQuery where(String clause, Map<String, Object> clauseParameters) {
        conditions.add(clause);
        parameters.putAll(clauseParameters);
        return this;
    }

    public KeysetQuery after(Keyset keyset) {
        if (keyset != null) {
            conditions.add("(createdAt < :keysetCreatedAt or (createdAt = :keysetCreatedAt and id < :keysetId))");
            parameters.put("keysetCreatedAt", keyset.createdAt());
            parameters.put("keysetId", keyset.id());
        }
        return this;
    }

    public <E, I> List<E> list(PanacheRepositoryBase<E, I> repository, int limit) {
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        return repository.find(where + "order by createdAt desc, id desc", parameters).range(0, limit - 1).list();
    }
}
