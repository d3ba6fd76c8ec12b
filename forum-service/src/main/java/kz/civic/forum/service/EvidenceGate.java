package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import kz.civic.forum.Recommendation;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.repository.ActionPlanItemRepository;
import kz.civic.forum.repository.EvidenceRepository;
import kz.civic.platform.problem.ApiException;

/**
 * The evidence gate (issue 4 item 5): IMPLEMENTED and PARTIALLY_IMPLEMENTED need evidence: a document or an award
 * attached to the recommendation, or a linked action-plan item that is DONE or has a measured indicator value.
 */
@ApplicationScoped
public class EvidenceGate {

    private final EvidenceRepository evidence;
    private final ActionPlanItemRepository items;

    public EvidenceGate(EvidenceRepository evidence, ActionPlanItemRepository items) {
        this.evidence = evidence;
        this.items = items;
    }

    /** @throws ApiException 422 {@code evidence-required} when {@code to} needs evidence and there is none */
    public void check(Recommendation r, RecommendationStatus to) {
        if (to.needsEvidence() && evidence.countFor(r.id) == 0 && !items.provideEvidence(r.id)) {
            throw Violations.of("evidence-required", "to", to + " needs evidence: a document or an award at "
                    + "/api/v1/recommendations/" + r.id + "/evidence, or a linked action-plan item that is DONE or measured");
        }
    }
}
