package kz.civic.forum.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.ActionPlanItem;
import kz.civic.forum.ActionPlanItemStatusChange;

/**
 * Payload of {@code kz.civic.forum.action-plan-item.status-changed.v1} on {@code forum.action-plan-items}. Schema:
 * {@code contracts/events/kz.civic.forum.action-plan-item.status-changed.v1.json}.
 */
public record ActionPlanItemStatusChangedEvent(UUID id, UUID planId, String from, String to, String reason,
        List<UUID> recommendationIds, OffsetDateTime changedAt, long version) {

    public static final String TYPE = "kz.civic.forum.action-plan-item.status-changed.v1";

    public static ActionPlanItemStatusChangedEvent of(ActionPlanItem i, ActionPlanItemStatusChange c) {
        return new ActionPlanItemStatusChangedEvent(i.id, i.planId, c.from.name(), c.to.name(), c.reason,
                List.copyOf(i.recommendationIds), c.changedAt, c.itemVersion);
    }
}
