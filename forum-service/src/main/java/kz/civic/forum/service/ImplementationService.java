package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.ActionPlanItem;
import kz.civic.forum.CivilSocietyAssessment;
import kz.civic.forum.CivilSocietyAssessment.Assessor;
import kz.civic.forum.Evidence;
import kz.civic.forum.Multilingual;
import kz.civic.forum.Progress;
import kz.civic.forum.Recommendation;
import kz.civic.forum.repository.ActionPlanItemRepository;
import kz.civic.forum.repository.CivilSocietyAssessmentRepository;
import kz.civic.forum.repository.EvidenceRepository;
import kz.civic.forum.repository.OldestFirst;
import kz.civic.forum.repository.RecommendationRepository;
import kz.civic.forum.rest.AddEvidenceRequest;
import kz.civic.forum.rest.AssessRequest;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Page;

/**
 * Evidence of implementation and civil society's assessments (issue 4 item 5). Both are recorded once a
 * recommendation is ACCEPTED (in implementation or with an outcome).
 */
@ApplicationScoped
@Transactional
public class ImplementationService {

    private final RecommendationRepository recommendations;
    private final EvidenceRepository evidence;
    private final CivilSocietyAssessmentRepository assessments;
    private final ActionPlanItemRepository items;
    private final Callers callers;

    public ImplementationService(RecommendationRepository recommendations, EvidenceRepository evidence,
            CivilSocietyAssessmentRepository assessments, ActionPlanItemRepository items, Callers callers) {
        this.recommendations = recommendations;
        this.evidence = evidence;
        this.assessments = assessments;
        this.items = items;
        this.callers = callers;
    }

    /**
     * Adds evidence; an agency only to recommendations addressed to its body.
     *
     * @throws ApiException 404; 403 {@code not-an-addressee}, {@code agency-not-bound}; 409 {@code not-in-implementation}
     */
    public Evidence addEvidence(UUID recommendationId, AddEvidenceRequest request) {
        Recommendation r = get(recommendationId);
        UUID body = null;
        if (!callers.isStaff()) {
            body = callers.agencyId();
            UUID own = body;
            if (r.addressees.stream().noneMatch(a -> own.equals(a.governmentBodyId()))) {
                throw Callers.forbidden("not-an-addressee", "recommendation " + r.id + " is not addressed to government body "
                        + own);
            }
        }
        requireInImplementation(r);
        Evidence e = new Evidence();
        e.id = UUID.randomUUID();
        e.recommendationId = r.id;
        e.kind = request.kind();
        e.url = request.url();
        e.awardId = request.awardId();
        e.description = Multilingual.of(request.description());
        e.governmentBodyId = body;
        e.actor = callers.id();
        e.addedAt = Timestamps.now();
        evidence.persist(e);
        return e;
    }

    /**
     * Records civil society's assessment: the secretariat for the Civil Alliance, an NGO for a recommendation it
     * authored.
     *
     * @throws ApiException 404; 403 {@code not-an-author}; 409 {@code not-in-implementation}
     */
    public CivilSocietyAssessment assess(UUID recommendationId, AssessRequest request) {
        Recommendation r = get(recommendationId);
        CivilSocietyAssessment a = new CivilSocietyAssessment();
        if (callers.isStaff()) {
            a.assessor = Assessor.CIVIL_ALLIANCE;
        } else {
            a.assessor = Assessor.AUTHOR_NGO;
            a.ngoId = r.authorNgoIds.stream().filter(callers::representsNgo).findFirst()
                    .orElseThrow(() -> Callers.forbidden("not-an-author", "an NGO assesses only recommendations it authored"));
        }
        requireInImplementation(r);
        a.id = UUID.randomUUID();
        a.recommendationId = r.id;
        a.rating = request.rating();
        a.comment = Multilingual.of(request.comment());
        a.actor = callers.id();
        a.assessedAt = Timestamps.now();
        assessments.persist(a);
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Evidence> evidence(UUID recommendationId, String cursor, int limit) {
        get(recommendationId);
        return Page.of(evidence.page(recommendationId, OldestFirst.After.decode(cursor), limit + 1), limit,
                e -> OldestFirst.After.key(e.addedAt, e.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CivilSocietyAssessment> assessments(UUID recommendationId, String cursor, int limit) {
        get(recommendationId);
        return Page.of(assessments.page(recommendationId, OldestFirst.After.decode(cursor), limit + 1), limit,
                a -> OldestFirst.After.key(a.assessedAt, a.id));
    }

    /** A page of the action-plan items linked to the recommendation, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActionPlanItem> linkedItems(UUID recommendationId, String cursor, int limit) {
        get(recommendationId);
        return Page.of(items.ofRecommendation(recommendationId, OldestFirst.After.decode(cursor), limit + 1), limit,
                i -> OldestFirst.After.key(i.createdAt, i.id));
    }

    /**
     * The recommendation with its evidence count, the action-plan items linked to it and the latest assessment of
     * each civil-society assessor.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Implementation implementation(UUID recommendationId) {
        Recommendation r = get(recommendationId);
        return new Implementation(r, evidence.countFor(r.id), items.ofRecommendation(r.id),
                assessments.latestPerAssessor(r.id));
    }

    /** What the dual-status view is built from. */
    public record Implementation(Recommendation recommendation, long evidenceCount, List<ActionPlanItem> items,
            List<CivilSocietyAssessment> latestAssessments) {

        /** The weighted mean of the linked items' progress (cancelled ones excluded); null without live items. */
        public BigDecimal progress() {
            return Progress.weightedMean(items.stream().map(i -> new Progress.Weighted(i.weight, i.progress())).toList());
        }
    }

    private Recommendation get(UUID id) {
        return recommendations.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("recommendation", id));
    }

    private static void requireInImplementation(Recommendation r) {
        if (!r.status.isInImplementation()) {
            throw ApiException.conflict("not-in-implementation", "recommendation " + r.id + " is " + r.status
                    + "; evidence and assessments are recorded once it is ACCEPTED").with("currentStatus", r.status.name());
        }
    }
}
