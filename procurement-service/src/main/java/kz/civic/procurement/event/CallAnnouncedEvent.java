package kz.civic.procurement.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.procurement.Call;
import kz.civic.procurement.FundingPlan;
import kz.civic.procurement.rest.CallResponse.CriterionDetails;
import kz.civic.procurement.rest.CallResponse.WindowDetails;
import kz.civic.procurement.rest.Money;

/**
 * Payload of {@code kz.civic.procurement.call.announced.v1} on {@code procurement.calls}: the call as
 * announced, with its plan's instrument and customer and the recommendations it implements.
 * Schema: {@code contracts/events/kz.civic.procurement.call.announced.v1.json}.
 */
public record CallAnnouncedEvent(UUID id, UUID planId, String instrument, UUID customerId, int year,
        LocalizedText title, List<String> spheres, String regionCode, Money amount, String grantBand,
        Integer durationMonths, WindowDetails applicationWindow, List<CriterionDetails> criteria,
        List<UUID> recommendationIds, String status, OffsetDateTime announcedAt, long version) {

    public static final String TOPIC = "procurement.calls";
    public static final String TYPE = "kz.civic.procurement.call.announced.v1";

    public static CallAnnouncedEvent of(Call c, FundingPlan plan, long version) {
        return new CallAnnouncedEvent(c.id, c.planId, plan.instrument.name(), plan.customerBodyId, plan.year,
                new LocalizedText(c.titleKk, c.titleRu, c.titleEn), List.copyOf(c.spheres), c.regionCode,
                Money.kzt(c.amountKzt), c.grantBand, c.durationMonths, new WindowDetails(c.windowOpensOn, c.windowClosesOn),
                c.criteria.stream().map(CriterionDetails::of).toList(), List.copyOf(c.recommendationIds), c.status.name(),
                c.announcedAt, version);
    }
}
