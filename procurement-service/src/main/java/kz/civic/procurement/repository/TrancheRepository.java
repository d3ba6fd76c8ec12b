package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.Tranche;

@ApplicationScoped
public class TrancheRepository implements PanacheRepositoryBase<Tranche, UUID> {

    /** The contract's schedule in sequence order. */
    public List<Tranche> ofContract(UUID contractId) {
        return list("contractId = ?1 order by sequence", contractId);
    }
}
