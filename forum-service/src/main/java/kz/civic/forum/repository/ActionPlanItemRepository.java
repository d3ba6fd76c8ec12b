package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.civic.forum.ActionPlanItem;
import kz.civic.forum.ActionPlanItemStatus;

@ApplicationScoped
public class ActionPlanItemRepository implements PanacheRepositoryBase<ActionPlanItem, UUID> {

    /** A plan's items, newest first. */
    public List<ActionPlanItem> list(UUID planId, Keyset after, int limit) {
        return new KeysetQuery().where("planId = :planId", "planId", planId).after(after).list(this, limit);
    }

    /** Every item of the given plans (for the roll-up). */
    public List<ActionPlanItem> ofPlans(Collection<UUID> planIds) {
        return planIds.isEmpty() ? List.of() : list("planId in ?1", planIds);
    }

    /** The items linked to a recommendation, oldest first. */
    public List<ActionPlanItem> ofRecommendation(UUID recommendationId) {
        return find("select distinct i from ActionPlanItem i join i.recommendationIds r where r = ?1 "
                + "order by i.createdAt, i.id", recommendationId).list();
    }

    /** A page of the items linked to a recommendation, oldest first (keyset on created_at, id). */
    public List<ActionPlanItem> ofRecommendation(UUID recommendationId, OldestFirst.After after, int limit) {
        String linked = "select distinct i from ActionPlanItem i join i.recommendationIds r where r = ?1";
        String order = " order by i.createdAt, i.id";
        return (after == null ? find(linked + order, recommendationId)
                : find(linked + " and (i.createdAt > ?2 or (i.createdAt = ?2 and i.id > ?3))" + order, recommendationId,
                        after.time(), after.id()))
                .range(0, limit - 1).list();
    }

    /** Whether an item linked to the recommendation is DONE or has a measured indicator value (evidence). */
    public boolean provideEvidence(UUID recommendationId) {
        return find("select i.id from ActionPlanItem i join i.recommendationIds r where r = ?1 "
                + "and (i.status = ?2 or i.currentValue is not null)", recommendationId, ActionPlanItemStatus.DONE)
                .project(UUID.class).firstResultOptional().isPresent();
    }

    /** Loads an item after locking its row, so concurrent writers queue (see RecommendationRepository.findForUpdate). */
    public Optional<ActionPlanItem> findForUpdate(UUID id) {
        boolean exists = !getEntityManager().createNativeQuery("SELECT id FROM action_plan_item WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList().isEmpty();
        return exists ? findByIdOptional(id) : Optional.empty();
    }
}
