package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.ActionPlan;

@ApplicationScoped
public class ActionPlanRepository implements PanacheRepositoryBase<ActionPlan, UUID> {

    /** Newest first, optionally of one edition. */
    public List<ActionPlan> list(UUID forumId, Keyset after, int limit) {
        return new KeysetQuery().where("forumId = :forumId", "forumId", forumId).after(after).list(this, limit);
    }
}
