package kz.civic.forum.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The accountability report's figures (issue 4 item 7), counted in the database per addressed government body over
 * the same (recommendation, body) pairs as the overdue lists: agency addressees of the edition's submitted,
 * not merged recommendations, with the body's first answer.
 */
@ApplicationScoped
public class AccountabilityRepository {

    /**
     * One body's line; {@code averageDaysToFirstResponse} is null when it never answered. The civil-society columns
     * count the recommendations the Civil Alliance assessed (its latest rating) and those it rates implemented or
     * partially implemented. {@code daysToFirstResponse} is the sum of the days behind the average (0 when it never
     * answered), so that an average over several bodies is exact.
     */
    public record Line(UUID governmentBodyId, String nameKk, String nameRu, String nameEn, String level, long received,
            long answered, long answeredOnTime, long accepted, long implemented, long partiallyImplemented, long overdue,
            BigDecimal averageDaysToFirstResponse, long civilSocietyAssessed, long civilSocietyImplemented,
            long daysToFirstResponse) {
    }

    private static final String SQL = """
            SELECT p.body, b.name_kk, b.name_ru, b.name_en, b.level, p.received, p.answered, p.answered_on_time,
                   p.accepted, p.implemented, p.partially_implemented, p.overdue, p.average_days, p.assessed,
                   p.assessed_implemented, p.total_days
            FROM (SELECT a.government_body_id AS body,
                         count(*) AS received,
                         count(fr.id) AS answered,
                         count(*) FILTER (WHERE fr.on_time) AS answered_on_time,
                         count(*) FILTER (WHERE r.status IN ('ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED',
                                                             'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED')) AS accepted,
                         count(*) FILTER (WHERE r.status = 'IMPLEMENTED') AS implemented,
                         count(*) FILTER (WHERE r.status = 'PARTIALLY_IMPLEMENTED') AS partially_implemented,
                         count(*) FILTER (WHERE r.response_due_date < ?2 AND (fr.id IS NULL OR NOT fr.on_time)) AS overdue,
                         round(avg((fr.responded_at AT TIME ZONE 'Asia/Almaty')::date
                                   - (r.submitted_at AT TIME ZONE 'Asia/Almaty')::date), 1) AS average_days,
                         coalesce(sum((fr.responded_at AT TIME ZONE 'Asia/Almaty')::date
                                      - (r.submitted_at AT TIME ZONE 'Asia/Almaty')::date), 0) AS total_days,
                         count(cs.rating) AS assessed,
                         count(*) FILTER (WHERE cs.rating IN ('IMPLEMENTED', 'PARTIALLY_IMPLEMENTED')) AS assessed_implemented
                  FROM recommendation r
                  JOIN recommendation_addressee a ON a.recommendation_id = r.id AND a.government_body_id IS NOT NULL
                  LEFT JOIN recommendation_response fr ON fr.recommendation_id = r.id
                       AND fr.government_body_id = a.government_body_id AND fr.first_from_body
                  LEFT JOIN LATERAL (SELECT c.rating FROM civil_society_assessment c
                                     WHERE c.recommendation_id = r.id AND c.assessor = 'CIVIL_ALLIANCE'
                                     ORDER BY c.assessed_at DESC, c.id DESC LIMIT 1) cs ON TRUE
                  WHERE r.forum_id = ?1 AND r.submitted_at IS NOT NULL AND r.status <> 'MERGED'
                  GROUP BY a.government_body_id) p
            LEFT JOIN government_body_replica b ON b.id = p.body
            ORDER BY p.received DESC, p.body
            """;

    private final EntityManager em;

    public AccountabilityRepository(EntityManager em) {
        this.em = em;
    }

    /** One line per addressed body, most recommendations first; {@code today} decides what is overdue. */
    public List<Line> lines(UUID forumId, LocalDate today) {
        List<?> rows = em.createNativeQuery(SQL).setParameter(1, forumId).setParameter(2, today).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Line((UUID) row[0], (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], count(row[5]), count(row[6]), count(row[7]), count(row[8]),
                count(row[9]), count(row[10]), count(row[11]), row[12] == null ? null : new BigDecimal(row[12].toString()),
                count(row[13]), count(row[14]), count(row[15])))
                .toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
