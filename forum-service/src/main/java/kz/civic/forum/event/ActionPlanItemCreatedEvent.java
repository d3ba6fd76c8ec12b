package kz.civic.forum.event;

import java.math.BigDecimal;
import kz.civic.platform.web.Scale;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.ActionPlanItem;
import kz.civic.forum.Multilingual;
import kz.civic.platform.web.LocalizedText;

/**
 * Payload of {@code kz.civic.forum.action-plan-item.created.v1} on {@code forum.action-plan-items} (record key = item
 * id). Schema: {@code contracts/events/kz.civic.forum.action-plan-item.created.v1.json}.
 */
public record ActionPlanItemCreatedEvent(UUID id, UUID planId, UUID forumId, LocalizedText title, UUID responsibleBodyId,
        LocalDate deadline, @Scale(3) BigDecimal weight, IndicatorData indicator, List<UUID> recommendationIds, String status,
        long version) {

    public static final String TOPIC = "forum.action-plan-items";
    public static final String TYPE = "kz.civic.forum.action-plan-item.created.v1";

    /** The item's indicator. */
    public record IndicatorData(String unit, @Scale(4) BigDecimal baseline, @Scale(4) BigDecimal target) {
    }

    public static ActionPlanItemCreatedEvent of(ActionPlanItem i, UUID forumId) {
        return new ActionPlanItemCreatedEvent(i.id, i.planId, forumId, Multilingual.text(i.title), i.responsibleBodyId,
                i.deadline, i.weight, new IndicatorData(i.indicatorUnit, i.indicatorBaseline, i.indicatorTarget),
                List.copyOf(i.recommendationIds), i.status.name(), i.version);
    }
}
