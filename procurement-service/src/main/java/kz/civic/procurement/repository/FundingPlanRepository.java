package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.civic.procurement.FundingPlan;

@ApplicationScoped
public class FundingPlanRepository implements PanacheRepositoryBase<FundingPlan, UUID> {

    /** The plan, its row locked until the transaction ends (serialises budget checks of its calls). */
    public Optional<FundingPlan> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Keyset page in id order: {@code limit} rows after {@code after} (null = from the start). */
    public List<FundingPlan> page(UUID after, int limit) {
        return (after == null ? find("order by id") : find("id > ?1 order by id", after)).page(0, limit).list();
    }
}
