package kz.civic.procurement.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.Award;
import kz.civic.procurement.rest.Money;

/**
 * Payload of {@code kz.civic.procurement.award.decided.v1} on {@code procurement.awards}: who gets how
 * much from which call, and the recommendations the call implements (golden thread).
 * Schema: {@code contracts/events/kz.civic.procurement.award.decided.v1.json}.
 */
public record AwardDecidedEvent(UUID id, UUID callId, UUID applicationId, UUID ngoId, Money amount,
        List<UUID> recommendationIds, OffsetDateTime decidedAt, long version) {

    public static final String TOPIC = "procurement.awards";
    public static final String TYPE = "kz.civic.procurement.award.decided.v1";

    public static AwardDecidedEvent of(Award a, List<UUID> recommendationIds) {
        return new AwardDecidedEvent(a.id, a.callId, a.applicationId, a.ngoId, Money.kzt(a.amountKzt),
                List.copyOf(recommendationIds), a.decidedAt, a.version);
    }
}
