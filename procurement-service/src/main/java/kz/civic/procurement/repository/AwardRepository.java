package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.Award;
import kz.civic.procurement.service.Pages;

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

    /** Keyset page of a call's awards in decision order: {@code limit} rows after {@code after} (null = from the start). */
    public List<Award> page(UUID callId, Pages.TimeKey<UUID> after, int limit) {
        return (after == null ? find("callId = ?1 order by decidedAt, id", callId)
                : find("callId = ?1 and (decidedAt > ?2 or (decidedAt = ?2 and id > ?3)) order by decidedAt, id", callId,
                        after.at(), after.id())).page(0, limit).list();
    }
}
