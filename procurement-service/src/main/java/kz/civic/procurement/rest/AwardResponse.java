package kz.civic.procurement.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.procurement.Award;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An award as the public sees it, with its contract once signed (absent before). */
public record AwardResponse(UUID id, UUID callId, UUID applicationId, UUID ngoId, Money amount, OffsetDateTime decidedAt,
        @Schema(nullable = true, description = "The contract of the award; absent until it is signed") UUID contractId,
        long version) {

    public static AwardResponse of(Award a) {
        return new AwardResponse(a.id, a.callId, a.applicationId, a.ngoId, Money.kzt(a.amountKzt), a.decidedAt, a.contractId, a.version);
    }
}
