package kz.civic.forum;

import java.util.EnumSet;
import java.util.Set;

/**
 * An action-plan item's status (issue 4 item 4): PLANNED → IN_PROGRESS → DONE | CANCELLED; a PLANNED item may also
 * be CANCELLED before it starts. DONE and CANCELLED are terminal. OVERDUE is not a status: it is derived from the
 * deadline ({@link #isOpen()} and past it).
 */
public enum ActionPlanItemStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    public Set<ActionPlanItemStatus> allowedTargets() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(DONE, CANCELLED);
            case DONE, CANCELLED -> EnumSet.noneOf(ActionPlanItemStatus.class);
        };
    }

    public boolean canChangeTo(ActionPlanItemStatus target) {
        return allowedTargets().contains(target);
    }

    /** Still to be done: PLANNED or IN_PROGRESS (overdue once past its deadline). */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
