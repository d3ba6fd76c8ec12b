package kz.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.civic.registry.Ngo;
import kz.civic.registry.SearchText;
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
     * One keyset page: rows matching {@code query} after the cursor position ({@code afterKey},
     * {@code afterId}, both null for the first page), in the query's order, at most {@code limit}.
     */
    public List<Ngo> search(NgoQuery query, String afterKey, UUID afterId, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        filters(query, "", where, params);
        String key = switch (query.sort()) {
            case ID -> null;
            case NAME -> "sortName";
            case REGISTRATION_DATE -> "registrationDate";
        };
        if (afterId != null) {
            if (key == null) {
                where.add("id > :afterId");
            } else {
                where.add("(" + key + " > :afterKey or (" + key + " = :afterKey and id > :afterId))");
                params.and("afterKey", query.sort() == NgoQuery.Sort.NAME ? afterKey : LocalDate.parse(afterKey));
            }
            params.and("afterId", afterId);
        }
        String order = key == null ? " order by id" : " order by " + key + ", id";
        return find((where.isEmpty() ? "" : String.join(" and ", where)) + order, params).range(0, limit - 1).list();
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
            where.add("(" + n + "searchText like :raw escape '!' or " + n + "searchText like :latin escape '!')");
            params.and("raw", "%" + escape(query.text().toLowerCase(Locale.ROOT)) + "%");
            params.and("latin", "%" + escape(SearchText.queryTerm(query.text())) + "%");
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

    /** The cursor key of a row in the given order. */
    public static String sortKey(Ngo ngo, NgoQuery.Sort sort) {
        return switch (sort) {
            case ID -> ngo.id.toString();
            case NAME -> ngo.sortName;
            case REGISTRATION_DATE -> ngo.registrationDate.toString();
        };
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
