package kz.civic.procurement.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.procurement.FundingPlan;
import kz.civic.procurement.Instrument;
import kz.civic.procurement.PlanLevel;
import kz.civic.procurement.PlanStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funding plan as the public sees it. */
public record FundingPlanResponse(UUID id, int year, Instrument instrument, PlanLevel level, UUID customerId,
        @Schema(nullable = true, description = "The region of a REGIONAL plan; absent for the other levels") String regionCode,
        Money budget, LocalizedText title, PlanStatus status, OffsetDateTime createdAt,
        @Schema(nullable = true, description = "When it was approved; absent while DRAFT") OffsetDateTime approvedAt,
        long version) {

    public static FundingPlanResponse of(FundingPlan p) {
        return new FundingPlanResponse(p.id, p.year, p.instrument, p.level, p.customerBodyId, p.regionCode,
                Money.kzt(p.budgetKzt), new LocalizedText(p.titleKk, p.titleRu, p.titleEn), p.status, p.createdAt,
                p.approvedAt, p.version);
    }
}
