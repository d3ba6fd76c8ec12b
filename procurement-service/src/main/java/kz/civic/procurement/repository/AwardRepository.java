package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.Award;

@ApplicationScoped
public class AwardRepository implements PanacheRepositoryBase<Award, UUID> {

    public BigDecimal awarded(UUID callId) {
        BigDecimal sum = getEntityManager().createQuery("select coalesce(sum(a.amountKzt), 0) from Award a "
                + "where a.callId = :c", BigDecimal.class).setParameter("c", callId).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    public boolean existsFor(UUID applicationId) {
        return count("applicationId", applicationId) > 0;
    }

    public List<Award> ofCall(UUID callId) {
        return list("callId = ?1 order by decidedAt, id", callId);
    }
}
