package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import kz.civic.forum.Evidence;
import kz.civic.forum.EvidenceKind;
import kz.civic.forum.repository.EvidenceRepository;
import kz.civic.forum.repository.RecommendationRepository;
import org.jboss.logging.Logger;

/**
 * Evidence consumed from procurement-service (issue 4 item 10, the golden thread): a decided award becomes AWARD
 * evidence, the approval of its FINAL report AWARD_REPORT evidence, on each recommendation the call implements.
 * Recorded whatever the recommendation's status (they are facts; the evidence gate reads them when an outcome is
 * claimed). Ids this service does not know are logged and skipped; evidence already there (the same award entered
 * by hand, the same report) is not added twice. Called by the listeners inside the inbox transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProcurementEvidenceService {

    /** The actor of consumed evidence. */
    public static final String ACTOR = "procurement-service";
    private static final Logger LOG = Logger.getLogger(ProcurementEvidenceService.class);

    private final RecommendationRepository recommendations;
    private final EvidenceRepository evidence;

    public ProcurementEvidenceService(RecommendationRepository recommendations, EvidenceRepository evidence) {
        this.recommendations = recommendations;
        this.evidence = evidence;
    }

    /** Attaches the award as AWARD evidence; returns the recommendations that got it. */
    public List<UUID> awardDecided(UUID awardId, Collection<UUID> recommendationIds) {
        return attach("award " + awardId, recommendationIds, EvidenceKind.AWARD, awardId, null,
                r -> evidence.hasAward(r, EvidenceKind.AWARD, awardId));
    }

    /** Attaches the approval of the award's final report as AWARD_REPORT evidence; returns the recommendations that got it. */
    public List<UUID> finalReportApproved(UUID awardId, UUID reportId, Collection<UUID> recommendationIds) {
        return attach("final report " + reportId + " of award " + awardId, recommendationIds, EvidenceKind.AWARD_REPORT,
                awardId, reportId, r -> evidence.hasReport(r, reportId));
    }

    private List<UUID> attach(String what, Collection<UUID> recommendationIds, EvidenceKind kind, UUID awardId,
            UUID reportId, Predicate<UUID> alreadyThere) {
        Set<UUID> known = new HashSet<>(recommendations.existing(recommendationIds));
        List<UUID> unknown = recommendationIds.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            LOG.infof("%s names recommendations this service does not know; ignored for them: %s", what, unknown);
        }
        List<UUID> attached = new ArrayList<>();
        for (UUID recommendationId : recommendationIds) {
            if (!known.contains(recommendationId) || alreadyThere.test(recommendationId)) {
                continue;
            }
            Evidence e = new Evidence();
            e.id = UUID.randomUUID();
            e.recommendationId = recommendationId;
            e.kind = kind;
            e.awardId = awardId;
            e.reportId = reportId;
            e.actor = ACTOR;
            e.addedAt = Timestamps.now();
            evidence.persist(e);
            attached.add(recommendationId);
        }
        return attached;
    }
}
