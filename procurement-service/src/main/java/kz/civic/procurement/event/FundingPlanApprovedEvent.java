package kz.civic.procurement.event;

import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.procurement.FundingPlan;
import kz.civic.procurement.rest.Money;

/**
 * Payload of {@code kz.civic.procurement.funding-plan.approved.v1} on {@code procurement.funding-plans}.
 * Schema: {@code contracts/events/kz.civic.procurement.funding-plan.approved.v1.json}.
 */
public record FundingPlanApprovedEvent(UUID id, int year, String instrument, String level, UUID customerId,
        String regionCode, Money budget, LocalizedText title, String status, OffsetDateTime approvedAt, long version) {

    public static final String TOPIC = "procurement.funding-plans";
    public static final String TYPE = "kz.civic.procurement.funding-plan.approved.v1";

    /** {@code version} is the plan's version after the approval commits. */
    public static FundingPlanApprovedEvent of(FundingPlan p, long version) {
        return new FundingPlanApprovedEvent(p.id, p.year, p.instrument.name(), p.level.name(), p.customerBodyId,
                p.regionCode, Money.kzt(p.budgetKzt), new LocalizedText(p.titleKk, p.titleRu, p.titleEn), p.status.name(),
                p.approvedAt, version);
    }
}
