package kz.civic.procurement.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.Application;
import kz.civic.procurement.eligibility.RuleResult;
import kz.civic.procurement.rest.Money;

/**
 * Payload of {@code kz.civic.procurement.application.submitted.v1} on {@code procurement.applications}:
 * who applied to which call for how much, and the eligibility rules it passed. The project text is
 * not in the event. Schema: {@code contracts/events/kz.civic.procurement.application.submitted.v1.json}.
 */
public record ApplicationSubmittedEvent(UUID id, UUID callId, UUID ngoId, String language, Money requestedAmount,
        Money institutionalDevelopment, List<RuleResult> eligibility, String status, OffsetDateTime submittedAt,
        long version) {

    public static final String TOPIC = "procurement.applications";
    public static final String TYPE = "kz.civic.procurement.application.submitted.v1";

    public static ApplicationSubmittedEvent of(Application a) {
        return new ApplicationSubmittedEvent(a.id, a.callId, a.ngoId, a.language, Money.kzt(a.requestedKzt),
                Money.kzt(a.institutionalKzt), List.copyOf(a.eligibility), a.status, a.submittedAt, a.version);
    }
}
