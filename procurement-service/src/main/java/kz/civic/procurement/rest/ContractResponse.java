package kz.civic.procurement.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.Contract;
import kz.civic.procurement.ContractStatus;
import kz.civic.procurement.Tranche;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contract as the public sees it (transparency): amount, period, status and every payment. */
public record ContractResponse(UUID id, UUID awardId, UUID callId, UUID applicationId, UUID ngoId, Money amount,
        LocalDate periodStart, LocalDate periodEnd, ContractStatus status,
        @Schema(nullable = true, description = "Why the contract was terminated; absent unless TERMINATED")
        String terminationReason,
        List<TrancheResponse> tranches, String signedBy, OffsetDateTime signedAt, long version) {

    /** One tranche (payment) of the schedule. */
    public record TrancheResponse(UUID id, int sequence, Money amount, LocalDate plannedOn,
            @Schema(enumeration = { Tranche.PLANNED, Tranche.PAID }) String status,
            @Schema(nullable = true, description = "When it was paid; absent while PLANNED") OffsetDateTime paidAt) {

        public static TrancheResponse of(Tranche t) {
            return new TrancheResponse(t.id, t.sequence, Money.kzt(t.amountKzt), t.plannedOn, t.status, t.paidAt);
        }
    }

    public static ContractResponse of(Contract c, List<Tranche> tranches) {
        return new ContractResponse(c.id, c.awardId, c.callId, c.applicationId, c.ngoId, Money.kzt(c.amountKzt),
                c.periodStart, c.periodEnd, c.status, c.terminationReason,
                tranches.stream().map(TrancheResponse::of).toList(), c.signedBy, c.signedAt, c.version);
    }
}
