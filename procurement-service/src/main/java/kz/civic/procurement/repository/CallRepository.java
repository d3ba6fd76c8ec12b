package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.Call;
import kz.civic.procurement.CallStatus;

@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<Call, UUID> {

    /**
     * Locks the call's row until the transaction ends (SELECT ... FOR UPDATE), so decisions on one call
     * run one after the other; false when there is no such call.
     */
    public boolean lock(UUID id) {
        return !getEntityManager().createNativeQuery("SELECT 1 FROM funding_call WHERE id = :id FOR UPDATE")
                .setParameter("id", id).getResultList().isEmpty();
    }

    /** The sum of the budgets of the plan's calls. */
    public BigDecimal committed(UUID planId) {
        BigDecimal sum = getEntityManager().createQuery("select coalesce(sum(c.amountKzt), 0) from Call c where c.planId = :p",
                BigDecimal.class).setParameter("p", planId).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /**
     * Keyset page in id order, optionally of one plan, one status, and calls implementing a recommendation or
     * financing an action-plan item.
     */
    public List<Call> page(UUID planId, CallStatus status, UUID recommendationId, UUID actionPlanItemId, UUID after,
            int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (planId != null) {
            q.append(" and planId = :plan");
            p.and("plan", planId);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        if (recommendationId != null) {
            q.append(" and array_contains(recommendationIds, :recommendation)");
            p.and("recommendation", recommendationId);
        }
        if (actionPlanItemId != null) {
            q.append(" and array_contains(actionPlanItemIds, :item)");
            p.and("item", actionPlanItemId);
        }
        if (after != null) {
            q.append(" and id > :after");
            p.and("after", after);
        }
        return find(q.append(" order by id").toString(), p).page(0, limit).list();
    }
}
