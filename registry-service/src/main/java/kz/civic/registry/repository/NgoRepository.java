package kz.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.civic.platform.search.SearchKey;
import kz.civic.platform.web.Cursor;
import kz.civic.registry.Ngo;
import kz.civic.registry.report.Compliance;
import kz.civic.registry.service.NgoQuery;

@ApplicationScoped
public class NgoRepository implements PanacheRepositoryBase<Ngo, UUID> {

    /**
     * One NGO with its spheres and people in one statement, where {@code findById} takes three (the
     * collections are loaded by separate selects): a read by id is the register's most frequent request.
     */
    public Optional<Ngo> findComplete(UUID id) {
        return find("from Ngo n left join fetch n.spheres left join fetch n.persons where n.id = ?1", id)
                .singleResultOptional();
    }

    public Optional<Ngo> findByBin(String bin) {
        return find("bin", bin).firstResultOptional();
    }

    /** The earliest registration date of the NGO's branches and representative offices, if it has any. */
    public Optional<LocalDate> earliestBranchRegistration(UUID parentId) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select min(n.registrationDate) from Ngo n where n.parentNgoId = ?1", LocalDate.class)
                .setParameter(1, parentId).getSingleResult());
    }

    /**
     * One keyset page: rows matching {@code query} after the cursor position ({@code after}: the {@link #sortKey} of
     * the last row of the previous page, null for the first page), in the query's order, at most {@code limit}.
     * RELEVANCE orders by (rank, sort name, id), the rank computed in SQL exactly as {@link #rank} does in Java.
     */
    public List<Ngo> search(NgoQuery query, List<String> after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        filters(query, "", where, params);
        String key = switch (query.sort()) {
            case ID -> null;
            case NAME, RELEVANCE -> "sortName";
            case REGISTRATION_DATE -> "registrationDate";
        };
        String rank = null;
        if (query.sort() == NgoQuery.Sort.RELEVANCE) {
            Map<String, Object> rankParams = new HashMap<>();
            rank = "(case when bin = :rankBin then 0 else "
                    + SearchKey.query(query.text()).rankExpression("searchKey", "rank", rankParams) + " end)";
            rankParams.put("rankBin", query.text());
            rankParams.forEach(params::and);
        }
        if (after != null) {
            UUID afterId = Cursor.part(after.get(after.size() - 1), UUID::fromString);
            if (key == null) {
                where.add("id > :afterId");
            } else {
                String afterKey = after.get(after.size() - 2);
                String keyset = "(" + key + " > :afterKey or (" + key + " = :afterKey and id > :afterId))";
                if (rank != null) {
                    keyset = "(" + rank + " > :afterRank or (" + rank + " = :afterRank and " + keyset + "))";
                    params.and("afterRank", Cursor.part(after.get(0), Integer::valueOf));
                }
                where.add(keyset);
                params.and("afterKey", query.sort() == NgoQuery.Sort.REGISTRATION_DATE
                        ? Cursor.part(afterKey, LocalDate::parse) : afterKey);
            }
            params.and("afterId", afterId);
        }
        String order = key == null ? " order by id" : " order by " + (rank == null ? "" : rank + ", ") + key + ", id";
        return find((where.isEmpty() ? "" : String.join(" and ", where)) + order, params).range(0, limit - 1).list();
    }

    /** Key columns of a cursor in the query's order: (id, id), (key, id), or (rank, sort name, id) for RELEVANCE. */
    public static int sortKeyParts(NgoQuery.Sort sort) {
        return switch (sort) {
            case ID, NAME, REGISTRATION_DATE -> 2;
            case RELEVANCE -> 3;
        };
    }

    /**
     * Counts of the NGOs matching {@code query}, grouped by {@code dimension}; with spheres an NGO
     * counts once in each of its spheres. Rows are [key, count] ordered by key.
     */
    public List<Object[]> countBy(NgoQuery query, String dimension) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        filters(query, "n.", where, params);
        String key = switch (dimension) {
            case "region" -> "n.regionCode";
            case "legalForm" -> "cast(n.legalForm as String)";
            case "status" -> "cast(n.status as String)";
            case "registrationYear" -> "cast(year(n.registrationDate) as String)";
            case "sphere" -> "s";
            default -> throw new IllegalArgumentException(dimension);
        };
        String join = "sphere".equals(dimension) ? " join n.spheres s" : "";
        String hql = "select " + key + ", count(distinct n.id) from Ngo n" + join
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " group by " + key + " order by " + key;
        var q = getEntityManager().createQuery(hql, Object[].class);
        params.map().forEach(q::setParameter);
        return q.getResultList();
    }

    /** How many NGOs match {@code query}. */
    public long countMatching(NgoQuery query) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        filters(query, "", where, params);
        return where.isEmpty() ? count() : count(String.join(" and ", where), params);
    }

    /** Where-clauses of the query's filters on the NGO, its fields prefixed with {@code n} ("" or "n."). */
    private static void filters(NgoQuery query, String n, List<String> where, Parameters params) {
        if (query.text() != null) {
            Map<String, Object> textParams = new HashMap<>();
            where.add("(" + n + "bin = :textBin or "
                    + SearchKey.query(query.text()).matchCondition(n + "searchKey", "text", textParams) + ")");
            textParams.put("textBin", query.text());
            textParams.forEach(params::and);
        }
        add(where, params, n + "regionCode = :region", "region", query.region());
        add(where, params, ":sphere member of " + n + "spheres", "sphere", query.sphere());
        add(where, params, n + "legalForm = :legalForm", "legalForm", query.legalForm());
        add(where, params, n + "status = :status", "status", query.status());
        add(where, params, n + "registrationDate >= :from", "from", query.registeredFrom());
        add(where, params, n + "registrationDate <= :to", "to", query.registeredTo());
        add(where, params, n + "id in (select m.ngoId from NgoMembership m where m.memberOfId = :memberOf "
                + "and m.validUntil is null)", "memberOf", query.memberOf());
        if (query.hasCurrentReport() != null) {
            where.add(query.hasCurrentReport() ? n + "lastReportYear >= :reportYear"
                    : "(" + n + "lastReportYear is null or " + n + "lastReportYear < :reportYear)");
            params.and("reportYear", Compliance.currentReportYear());
        }
    }

    private static void add(List<String> where, Parameters params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.and(name, value);
        }
    }

    /** The cursor key of a row in the query's order: {@link #sortKeyParts} strings, the id last. */
    public static List<String> sortKey(Ngo ngo, NgoQuery query) {
        return switch (query.sort()) {
            case ID -> List.of(ngo.id.toString(), ngo.id.toString());
            case NAME -> List.of(ngo.sortName, ngo.id.toString());
            case REGISTRATION_DATE -> List.of(ngo.registrationDate.toString(), ngo.id.toString());
            case RELEVANCE -> List.of(Integer.toString(rank(ngo, query.text())), ngo.sortName, ngo.id.toString());
        };
    }

    /** 0 for the exact BIN, else {@link SearchKey.Query#rank} of the names (1 exact … 4 inside a name). */
    static int rank(Ngo ngo, String text) {
        return text.equals(ngo.bin) ? 0 : SearchKey.query(text).rank(ngo.searchKey);
    }
}
