package kz.civic.forum;

import java.util.EnumSet;
import java.util.Set;

/**
 * A recommendation's status and its state machine (issue 4; domain-brief §6.2): DRAFT → SUBMITTED →
 * ACCEPTED (into the action plan) | DECLINED (with a justification) | MERGED (into another one);
 * ACCEPTED → IN_PROGRESS → IMPLEMENTED | PARTIALLY_IMPLEMENTED | NOT_IMPLEMENTED. DECLINED, MERGED
 * and the three outcomes are terminal.
 */
public enum RecommendationStatus {
    DRAFT, SUBMITTED, ACCEPTED, DECLINED, MERGED, IN_PROGRESS, IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED;

    /** The statuses this one may change to. */
    public Set<RecommendationStatus> allowedTargets() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(ACCEPTED, DECLINED, MERGED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED);
            case DECLINED, MERGED, IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED -> EnumSet.noneOf(RecommendationStatus.class);
        };
    }

    public boolean canChangeTo(RecommendationStatus target) {
        return allowedTargets().contains(target);
    }

    public boolean isTerminal() {
        return allowedTargets().isEmpty();
    }

    /** Accepted and past: evidence and civil-society assessments of its implementation may be recorded. */
    public boolean isInImplementation() {
        return this == ACCEPTED || this == IN_PROGRESS || isOutcome();
    }

    /** IMPLEMENTED, PARTIALLY_IMPLEMENTED or NOT_IMPLEMENTED. */
    public boolean isOutcome() {
        return this == IMPLEMENTED || this == PARTIALLY_IMPLEMENTED || this == NOT_IMPLEMENTED;
    }

    /** The outcomes that need evidence (issue 4 item 5). */
    public boolean needsEvidence() {
        return this == IMPLEMENTED || this == PARTIALLY_IMPLEMENTED;
    }

    /** Whether another recommendation may be merged into one in this status (it is live and public). */
    public boolean canAbsorbMerges() {
        return this == SUBMITTED || this == ACCEPTED || this == IN_PROGRESS;
    }
}
