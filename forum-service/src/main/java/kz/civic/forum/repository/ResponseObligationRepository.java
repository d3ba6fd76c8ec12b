package kz.civic.forum.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.RecommendationStatus;

/**
 * The (recommendation, addressed government body) pairs that owe or owed an answer: every agency addressee
 * of a submitted recommendation that was not merged into another (the one that absorbed it carries the duty).
 * Ordered by due date, then recommendation and body ids (the keyset).
 */
@ApplicationScoped
public class ResponseObligationRepository {

    /** Which obligations: OVERDUE (not answered by the due date, as of {@code today}) or NEVER_ANSWERED. */
    public enum Kind { OVERDUE, NEVER_ANSWERED }

    /** The position after which a list continues. */
    public record After(LocalDate dueDate, UUID recommendationId, UUID governmentBodyId) {
    }

    private final EntityManager em;

    public ResponseObligationRepository(EntityManager em) {
        this.em = em;
    }

    public List<ResponseObligation> list(Kind kind, LocalDate today, UUID governmentBodyId, UUID forumId, After after,
            int limit) {
        List<String> where = new ArrayList<>(List.of("r.submittedAt is not null", "r.status <> :merged",
                "a.governmentBodyId is not null"));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("merged", RecommendationStatus.MERGED);
        if (kind == Kind.OVERDUE) {
            where.add("r.responseDueDate < :today and (fr.id is null or fr.onTime = false)");
            parameters.put("today", today);
        } else {
            where.add("fr.id is null");
        }
        if (governmentBodyId != null) {
            where.add("a.governmentBodyId = :body");
            parameters.put("body", governmentBodyId);
        }
        if (forumId != null) {
            where.add("r.forumId = :forum");
            parameters.put("forum", forumId);
        }
        if (after != null) {
            where.add("(r.responseDueDate > :afterDue or (r.responseDueDate = :afterDue and (r.id > :afterId "
                    + "or (r.id = :afterId and a.governmentBodyId > :afterBody))))");
            parameters.put("afterDue", after.dueDate());
            parameters.put("afterId", after.recommendationId());
            parameters.put("afterBody", after.governmentBodyId());
        }
        TypedQuery<ResponseObligation> query = em.createQuery("select new " + ResponseObligation.class.getName()
                + "(r.id, a.governmentBodyId, a.type, r.status, r.forumId, r.text.kk, r.text.ru, r.text.en, r.submittedAt, "
                + "r.responseDueDate, fr.respondedAt) from Recommendation r join r.addressees a "
                + "left join GovernmentResponse fr on fr.recommendationId = r.id "
                + "and fr.governmentBodyId = a.governmentBodyId and fr.firstFromBody = true "
                + "where " + String.join(" and ", where)
                + " order by r.responseDueDate, r.id, a.governmentBodyId", ResponseObligation.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}
