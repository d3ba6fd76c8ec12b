package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.ContractHistoryEntry;

@ApplicationScoped
public class ContractHistoryRepository implements PanacheRepositoryBase<ContractHistoryEntry, UUID> {

    /** Keyset page of the contract's history, oldest first. */
    public List<ContractHistoryEntry> page(UUID contractId, Long afterSeq, int limit) {
        return afterSeq == null ? find("contractId = ?1 order by seq", contractId).page(0, limit).list()
                : find("contractId = ?1 and seq > ?2 order by seq", contractId, afterSeq).page(0, limit).list();
    }
}
