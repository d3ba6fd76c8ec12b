package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.civic.procurement.Contract;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    /**
     * Locks the contract's row until the transaction ends (SELECT ... FOR UPDATE), so payments and
     * reviews of one contract run one after the other; false when there is no such contract.
     */
    public boolean lock(UUID id) {
        return !getEntityManager().createNativeQuery("SELECT 1 FROM contract WHERE id = :id FOR UPDATE")
                .setParameter("id", id).getResultList().isEmpty();
    }

    public Optional<Contract> ofAward(UUID awardId) {
        return find("awardId", awardId).firstResultOptional();
    }

    /** Keyset page in id order, optionally of one call, NGO and award. */
    public List<Contract> page(UUID callId, UUID ngoId, UUID awardId, UUID after, int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (callId != null) {
            q.append(" and callId = :call");
            p.and("call", callId);
        }
        if (ngoId != null) {
            q.append(" and ngoId = :ngo");
            p.and("ngo", ngoId);
        }
        if (awardId != null) {
            q.append(" and awardId = :award");
            p.and("award", awardId);
        }
        if (after != null) {
            q.append(" and id > :after");
            p.and("after", after);
        }
        return find(q.append(" order by id").toString(), p).page(0, limit).list();
    }
}
