package kz.civic.procurement.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.procurement.Award;

/** An award as the public sees it, with its contract once signed (null before). */
public record AwardResponse(UUID id, UUID callId, UUID applicationId, UUID ngoId, Money amount, OffsetDateTime decidedAt,
        UUID contractId, long version) {

    public static AwardResponse of(Award a) {
        return new AwardResponse(a.id, a.callId, a.applicationId, a.ngoId, Money.kzt(a.amountKzt), a.decidedAt, a.contractId, a.version);
    }
}
