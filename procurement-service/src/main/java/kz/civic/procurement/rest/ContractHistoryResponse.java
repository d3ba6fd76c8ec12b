package kz.civic.procurement.rest;

import java.time.OffsetDateTime;
import kz.civic.procurement.ContractHistoryEntry;
import kz.civic.procurement.ContractStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a contract's history: what happened, its status after, who, when and why. */
public record ContractHistoryResponse(
        @Schema(enumeration = { ContractHistoryEntry.SIGNED, ContractHistoryEntry.TRANCHE_PAID,
                ContractHistoryEntry.REPORT_SUBMITTED, ContractHistoryEntry.REPORT_APPROVED,
                ContractHistoryEntry.REPORT_REJECTED, ContractHistoryEntry.COMPLETED,
                ContractHistoryEntry.TERMINATED }) String action,
        ContractStatus status, String detail, String changedBy, OffsetDateTime changedAt) {

    public static ContractHistoryResponse of(ContractHistoryEntry e) {
        return new ContractHistoryResponse(e.action, e.status, e.detail, e.changedBy, e.changedAt);
    }
}
