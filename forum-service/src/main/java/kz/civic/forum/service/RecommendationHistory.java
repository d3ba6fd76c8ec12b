package kz.civic.forum.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.Recommendation;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.RecommendationStatusChange;
import kz.civic.forum.repository.RecommendationRepository;
import kz.civic.forum.repository.RecommendationStatusChangeRepository;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Page;
import kz.civic.platform.web.RequestIds;

/** Who moved a recommendation to which status, when and why. */
@ApplicationScoped
@Transactional
public class RecommendationHistory {

    private final RecommendationRepository recommendations;
    private final RecommendationStatusChangeRepository changes;
    private final SecurityIdentity identity;

    public RecommendationHistory(RecommendationRepository recommendations, RecommendationStatusChangeRepository changes,
            SecurityIdentity identity) {
        this.recommendations = recommendations;
        this.changes = changes;
        this.identity = identity;
    }

    /** Records the change that brought {@code r} (already flushed, so its version is the new one) from {@code from}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RecommendationStatusChange record(Recommendation r, RecommendationStatus from, String reason) {
        RecommendationStatusChange change = new RecommendationStatusChange();
        change.id = UUID.randomUUID();
        change.recommendationId = r.id;
        change.from = from;
        change.to = r.status;
        change.reason = reason;
        change.mergedIntoId = r.mergedIntoId;
        change.actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        change.requestId = RequestIds.current();
        change.changedAt = r.updatedAt;
        change.recommendationVersion = r.version;
        changes.persist(change);
        return change;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RecommendationStatusChange> page(UUID id, String cursor, int limit) {
        if (recommendations.findByIdOptional(id).isEmpty()) {
            throw ApiException.notFound("recommendation", id);
        }
        List<String> after = Cursor.decode(cursor, 1);
        Long afterVersion = after == null ? null : Cursor.part(after.get(0), Long::valueOf);
        return Page.of(changes.history(id, afterVersion, limit + 1), limit,
                c -> List.of(Long.toString(c.recommendationVersion)));
    }
}
