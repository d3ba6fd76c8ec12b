package kz.civic.procurement.rest;

import java.time.OffsetDateTime;
import kz.civic.procurement.ContractHistoryEntry;

/** One step of a contract's history: what happened, its status after, who, when and why. */
public record ContractHistoryResponse(String action, String status, String detail, String changedBy,
        OffsetDateTime changedAt) {

    public static ContractHistoryResponse of(ContractHistoryEntry e) {
        return new ContractHistoryResponse(e.action, e.status.name(), e.detail, e.changedBy, e.changedAt);
    }
}
