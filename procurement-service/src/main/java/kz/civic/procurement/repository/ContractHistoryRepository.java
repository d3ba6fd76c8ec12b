package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.ContractHistoryEntry;

@ApplicationScoped
public class ContractHistoryRepository implements PanacheRepositoryBase<ContractHistoryEntry, UUID> {

    public List<ContractHistoryEntry> history(UUID contractId) {
        return list("contractId = ?1 order by changedAt, id", contractId);
    }
}
