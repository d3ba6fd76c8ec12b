package kz.civic.procurement.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.procurement.FundingPlan;

/** A funding plan as the public sees it. */
public record FundingPlanResponse(UUID id, int year, String instrument, String level, UUID customerId, String regionCode,
        Money budget, LocalizedText title, String status, OffsetDateTime createdAt, OffsetDateTime approvedAt,
        long version) {

    public static FundingPlanResponse of(FundingPlan p) {
        return new FundingPlanResponse(p.id, p.year, p.instrument.name(), p.level.name(), p.customerBodyId, p.regionCode,
                Money.kzt(p.budgetKzt), new LocalizedText(p.titleKk, p.titleRu, p.titleEn), p.status.name(), p.createdAt,
                p.approvedAt, p.version);
    }
}
