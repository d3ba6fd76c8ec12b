package kz.civic.forum.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Counts of submitted, not merged recommendations by one dimension (issue 4 item 8, F1–F7), with their outcomes.
 * A recommendation with several spheres, goals or addressee types counts once in each.
 */
@ApplicationScoped
public class RecommendationStatisticsRepository {

    /** What recommendations are grouped by; {@code chronological} dimensions are ordered by key, the others by count. */
    public enum Dimension {
        STATUS("r.status", "", false),
        REGION("coalesce(r.region_code, 'NONE')", "", false),
        SPHERE("s.key", " CROSS JOIN LATERAL unnest(r.spheres) AS s(key)", false),
        SDG("g.key::text", " CROSS JOIN LATERAL unnest(r.sdg_goals) AS g(key)", false),
        ADDRESSEE_TYPE("a.type", " JOIN (SELECT DISTINCT recommendation_id, type FROM recommendation_addressee) a "
                + "ON a.recommendation_id = r.id", false),
        SUBMISSION_MONTH("to_char(r.submitted_at AT TIME ZONE 'Asia/Almaty', 'YYYY-MM')", "", true);

        private final String key;
        private final String join;
        private final boolean chronological;

        Dimension(String key, String join, boolean chronological) {
            this.key = key;
            this.join = join;
            this.chronological = chronological;
        }
    }

    /** One group: its recommendations and how many reached each outcome. */
    public record Group(String key, long count, long implemented, long partiallyImplemented, long notImplemented) {
    }

    private final EntityManager em;

    public RecommendationStatisticsRepository(EntityManager em) {
        this.em = em;
    }

    public List<Group> groups(Dimension by, UUID forumId, String regionCode) {
        String order = by.chronological ? "1" : "2 DESC, 1";
        return query(by.key, by.join, " GROUP BY 1 ORDER BY " + order, forumId, regionCode);
    }

    /** The same counts over every recommendation of the filter, each counted once (key {@code TOTAL}). */
    public Group totals(UUID forumId, String regionCode) {
        return query("'TOTAL'", "", "", forumId, regionCode).get(0);
    }

    private List<Group> query(String key, String join, String tail, UUID forumId, String regionCode) {
        List<String> where = new ArrayList<>(List.of("r.submitted_at IS NOT NULL", "r.status <> 'MERGED'"));
        if (forumId != null) {
            where.add("r.forum_id = :forum");
        }
        if (regionCode != null) {
            where.add("r.region_code = :region");
        }
        Query query = em.createNativeQuery("SELECT " + key + " AS group_key, count(*) AS total, "
                + "count(*) FILTER (WHERE r.status = 'IMPLEMENTED') AS implemented, "
                + "count(*) FILTER (WHERE r.status = 'PARTIALLY_IMPLEMENTED') AS partially_implemented, "
                + "count(*) FILTER (WHERE r.status = 'NOT_IMPLEMENTED') AS not_implemented "
                + "FROM recommendation r" + join + " WHERE " + String.join(" AND ", where) + tail);
        if (forumId != null) {
            query.setParameter("forum", forumId);
        }
        if (regionCode != null) {
            query.setParameter("region", regionCode);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Group((String) row[0], count(row[1]), count(row[2]),
                count(row[3]), count(row[4]))).toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
