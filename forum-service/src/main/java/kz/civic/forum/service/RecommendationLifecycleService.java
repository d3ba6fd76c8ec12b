package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kz.civic.forum.Recommendation;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.RecommendationStatusChange;
import kz.civic.forum.config.ForumConfig;
import kz.civic.forum.event.RecommendationStatusChangedEvent;
import kz.civic.forum.event.RecommendationSubmittedEvent;
import kz.civic.forum.repository.RecommendationRepository;
import kz.civic.forum.rest.ChangeRecommendationStatusRequest;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Etags;

/**
 * The recommendation lifecycle: validated transitions, their history and their event, in one
 * transaction. Submitting starts the response deadline and publishes the whole recommendation;
 * every later change publishes a status-changed event.
 */
@ApplicationScoped
@Transactional
public class RecommendationLifecycleService {

    private final RecommendationRepository recommendations;
    private final RecommendationReferences references;
    private final RecommendationHistory history;
    private final OutboxWriter outbox;
    private final ForumConfig config;
    private final EvidenceGate evidenceGate;

    public RecommendationLifecycleService(RecommendationRepository recommendations, RecommendationReferences references,
            RecommendationHistory history, OutboxWriter outbox, ForumConfig config, EvidenceGate evidenceGate) {
        this.recommendations = recommendations;
        this.references = references;
        this.history = history;
        this.outbox = outbox;
        this.config = config;
        this.evidenceGate = evidenceGate;
    }

    /**
     * Moves the recommendation to {@code request.to()}.
     *
     * @throws ApiException 404; 428/412 for a missing or stale If-Match; 409 {@code illegal-transition} with the
     *                      allowed targets; 422 for a DECLINED without justification, an IMPLEMENTED or
     *                      PARTIALLY_IMPLEMENTED without evidence ({@code evidence-required}), a MERGED without a valid target,
     *                      a merge target on another transition, or (on submission) an author or addressee that is no
     *                      longer valid
     */
    public Recommendation changeStatus(UUID id, String ifMatch, ChangeRecommendationStatusRequest request) {
        Recommendation r = recommendations.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("recommendation", id));
        Etags.requireMatch(ifMatch, r.version);
        RecommendationStatus from = r.status;
        RecommendationStatus to = request.to();
        if (!from.canChangeTo(to)) {
            throw ApiException.conflict("illegal-transition", from.isTerminal() ? from + " is terminal"
                    : from + " cannot change to " + to)
                    .with("allowed", from.allowedTargets().stream().map(Enum::name).sorted().toList());
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (to != RecommendationStatus.MERGED && request.mergedIntoId() != null) {
            throw Violations.of("merge-target-not-expected", "mergedIntoId", "mergedIntoId belongs to a change to MERGED only");
        }
        r.updatedAt = Timestamps.now();
        switch (to) {
            case SUBMITTED -> submit(r);
            case DECLINED -> requireJustification(reason);
            case MERGED -> r.mergedIntoId = mergeTarget(r, request.mergedIntoId()).id;
            case IMPLEMENTED, PARTIALLY_IMPLEMENTED -> evidenceGate.check(r, to);
            default -> {
                // no rule beyond the state machine
            }
        }
        r.status = to;
        recommendations.flush();
        RecommendationStatusChange change = history.record(r, from, reason);
        if (to == RecommendationStatus.SUBMITTED) {
            outbox.append(RecommendationSubmittedEvent.TOPIC, RecommendationSubmittedEvent.TYPE, r.id.toString(),
                    RecommendationSubmittedEvent.of(r));
        } else {
            outbox.append(RecommendationSubmittedEvent.TOPIC, RecommendationStatusChangedEvent.TYPE, r.id.toString(),
                    RecommendationStatusChangedEvent.of(change));
        }
        return r;
    }

    /** Authors and addressees are checked again: an author may have been wound up since drafting. */
    private void submit(Recommendation r) {
        references.check(r);
        r.submittedAt = r.updatedAt;
        r.responseDueDate = r.submittedAt.atZoneSameInstant(Timestamps.ALMATY).plus(config.responseDeadline()).toLocalDate();
    }

    private static void requireJustification(String reason) {
        if (reason == null) {
            throw Violations.of("justification-required", "reason", "declining a recommendation needs its justification in reason");
        }
    }

    /**
     * The live recommendation {@code r} is merged into. It is read with a row lock, so concurrent merges into
     * it queue up and each sees the latest state, and it is touched: its representation lists
     * {@code mergedFrom}, so its version (ETag) moves with every merge and a concurrent change of its
     * status made with the old ETag fails.
     */
    private Recommendation mergeTarget(Recommendation r, UUID targetId) {
        if (targetId == null) {
            throw Violations.of("merge-target-required", "mergedIntoId", "a change to MERGED names the recommendation in mergedIntoId");
        }
        if (targetId.equals(r.id)) {
            throw Violations.of("invalid-merge-target", "mergedIntoId", "a recommendation cannot be merged into itself");
        }
        Recommendation target = recommendations.findForUpdate(targetId)
                .orElseThrow(() -> Violations.of("unknown-recommendation", "mergedIntoId", "recommendation " + targetId
                        + " does not exist").with("mergedIntoId", targetId));
        if (!target.status.canAbsorbMerges()) {
            throw Violations.of("invalid-merge-target", "mergedIntoId", "recommendation " + targetId + " is " + target.status
                    + "; only a SUBMITTED, ACCEPTED or IN_PROGRESS one can absorb another")
                    .with("mergedIntoId", targetId).with("targetStatus", target.status.name());
        }
        target.updatedAt = r.updatedAt;
        return target;
    }
}
