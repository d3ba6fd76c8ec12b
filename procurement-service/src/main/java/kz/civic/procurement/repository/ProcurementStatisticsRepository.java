package kz.civic.procurement.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.procurement.Instrument;
import kz.civic.procurement.PlanLevel;

/**
 * Funding statistics for analysts (issue 5 item 8; domain-brief §6.3 P1-P4): awarded amounts, awards,
 * distinct NGOs funded, the top 10 recipients' amount, and announced calls with awards and with approved reports,
 * grouped by one dimension. A call naming several spheres counts in each.
 */
@ApplicationScoped
public class ProcurementStatisticsRepository {

    /** What awards and calls are grouped by (plan {@code p}, call {@code c}). */
    public enum Dimension {
        INSTRUMENT("p.instrument", "", false),
        LEVEL("p.level", "", false),
        /** The call's region, else the plan's; NONE: not confined to a region. */
        REGION("coalesce(c.region_code, p.region_code, 'NONE')", "", false),
        /** The call's spheres; ANY: a call open to every sphere. */
        SPHERE("s.key", " CROSS JOIN LATERAL unnest(CASE WHEN cardinality(c.spheres) = 0 THEN ARRAY['ANY'] "
                + "ELSE c.spheres END) AS s(key)", false),
        YEAR("p.year::text", "", true),
        CUSTOMER("p.customer_body_id::text", "", false),
        /** Everything in one group (the totals). */
        TOTAL("'TOTAL'", "", false);

        final String key;
        final String join;
        public final boolean chronological;

        Dimension(String key, String join, boolean chronological) {
            this.key = key;
            this.join = join;
            this.chronological = chronological;
        }
    }

    /** Only plans of this year, instrument, level and customer (each null: any). */
    public record Filter(Integer year, Instrument instrument, PlanLevel level, UUID customerId) {
    }

    /**
     * One group: {@code awards} decisions for {@code awardedKzt} in all, to {@code ngos} distinct NGOs, of which
     * the ten largest recipients got {@code top10Kzt}; {@code calls} announced calls, {@code callsWithAwards} of
     * them with at least one award and {@code callsWithReports} with at least one approved grantee report.
     */
    public record Group(String key, long awards, BigDecimal awardedKzt, long ngos, BigDecimal top10Kzt, long calls,
            long callsWithAwards, long callsWithReports) {
    }

    private final EntityManager em;

    public ProcurementStatisticsRepository(EntityManager em) {
        this.em = em;
    }

    /** The groups in key order. */
    public List<Group> groups(Dimension by, Filter filter) {
        List<String> where = new ArrayList<>();
        if (filter.year() != null) {
            where.add("p.year = :year");
        }
        if (filter.instrument() != null) {
            where.add("p.instrument = :instrument");
        }
        if (filter.level() != null) {
            where.add("p.level = :level");
        }
        if (filter.customerId() != null) {
            where.add("p.customer_body_id = :customer");
        }
        String plans = " JOIN funding_plan p ON p.id = c.plan_id" + by.join;
        String awardsWhere = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        List<String> callWhere = new ArrayList<>(where);
        callWhere.add("c.status <> 'PLANNED'");

        Query awards = params(em.createNativeQuery("SELECT k, sum(n) AS awards, sum(amount) AS awarded, count(*) AS ngos, "
                + "coalesce(sum(amount) FILTER (WHERE rank <= 10), 0) AS top10 FROM ("
                + "SELECT " + by.key + " AS k, a.ngo_id, count(*) AS n, sum(a.amount_kzt) AS amount, "
                + "row_number() OVER (PARTITION BY " + by.key + " ORDER BY sum(a.amount_kzt) DESC, a.ngo_id) AS rank "
                + "FROM award a JOIN funding_call c ON c.id = a.call_id" + plans + awardsWhere
                + " GROUP BY 1, a.ngo_id) per_ngo GROUP BY k"), filter);
        Query calls = params(em.createNativeQuery("SELECT " + by.key + " AS k, count(*) AS calls, "
                + "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM award a WHERE a.call_id = c.id)) AS with_awards, "
                + "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM contract_report r JOIN contract k ON k.id = r.contract_id "
                + "WHERE k.call_id = c.id AND r.status = 'APPROVED')) AS with_reports "
                + "FROM funding_call c" + plans + " WHERE " + String.join(" AND ", callWhere) + " GROUP BY 1"), filter);

        Map<String, Group> groups = new LinkedHashMap<>();
        for (Object o : calls.getResultList()) {
            Object[] r = (Object[]) o;
            groups.put((String) r[0], new Group((String) r[0], 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, count(r[1]), count(r[2]),
                    count(r[3])));
        }
        for (Object o : awards.getResultList()) {
            Object[] r = (Object[]) o;
            Group calledFor = groups.get((String) r[0]);
            groups.put((String) r[0], new Group((String) r[0], count(r[1]), (BigDecimal) r[2], count(r[3]), (BigDecimal) r[4],
                    calledFor == null ? 0 : calledFor.calls(), calledFor == null ? 0 : calledFor.callsWithAwards(),
                    calledFor == null ? 0 : calledFor.callsWithReports()));
        }
        return groups.values().stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }

    private static Query params(Query q, Filter filter) {
        if (filter.year() != null) {
            q.setParameter("year", filter.year());
        }
        if (filter.instrument() != null) {
            q.setParameter("instrument", filter.instrument().name());
        }
        if (filter.level() != null) {
            q.setParameter("level", filter.level().name());
        }
        if (filter.customerId() != null) {
            q.setParameter("customer", filter.customerId());
        }
        return q;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
