package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A newest-first keyset query: optional equality filters (a null value is no filter), the keyset
 * condition, {@code order by createdAt desc, id desc}, and at most {@code limit} rows. No OFFSET. A ranked query
 * ({@link #rankedBy}) orders by the rank first (ascending) and its keyset carries the rank.
 */
public final class KeysetQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private String rank;

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

    /** Orders by {@code rankExpression} (ascending) before the newest-first order; adds its parameters. */
    public KeysetQuery rankedBy(String rankExpression, Map<String, Object> rankParameters) {
        rank = "(" + rankExpression + ")";
        parameters.putAll(rankParameters);
        return this;
    }

    public KeysetQuery after(Keyset keyset) {
        return after(null, keyset);
    }

    /** The rows after ({@code afterRank}, {@code keyset}); the rank is used only by a {@link #rankedBy} query. */
    public KeysetQuery after(Integer afterRank, Keyset keyset) {
        if (keyset != null) {
            String newest = "(createdAt < :keysetCreatedAt or (createdAt = :keysetCreatedAt and id < :keysetId))";
            if (rank != null) {
                newest = "(" + rank + " > :keysetRank or (" + rank + " = :keysetRank and " + newest + "))";
                parameters.put("keysetRank", afterRank == null ? 0 : afterRank);
            }
            conditions.add(newest);
            parameters.put("keysetCreatedAt", keyset.createdAt());
            parameters.put("keysetId", keyset.id());
        }
        return this;
    }

    public <E, I> List<E> list(PanacheRepositoryBase<E, I> repository, int limit) {
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        String order = (rank == null ? "" : rank + ", ") + "createdAt desc, id desc";
        return repository.find(where + "order by " + order, parameters).range(0, limit - 1).list();
    }
}
