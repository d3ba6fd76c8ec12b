package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.Assessment;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** Keyset page of the contract's assessments in id order. */
    public List<Assessment> page(UUID contractId, UUID after, int limit) {
        return after == null ? find("contractId = ?1 order by id", contractId).page(0, limit).list()
                : find("contractId = ?1 and id > ?2 order by id", contractId, after).page(0, limit).list();
    }
}
