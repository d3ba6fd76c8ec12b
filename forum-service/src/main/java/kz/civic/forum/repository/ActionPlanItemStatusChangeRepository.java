package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.ActionPlanItemStatusChange;

@ApplicationScoped
public class ActionPlanItemStatusChangeRepository implements PanacheRepositoryBase<ActionPlanItemStatusChange, UUID> {

    /** Oldest first; the item version is the keyset. */
    public List<ActionPlanItemStatusChange> history(UUID itemId, Long afterVersion, int limit) {
        return (afterVersion == null
                ? find("itemId = ?1 order by itemVersion", itemId)
                : find("itemId = ?1 and itemVersion > ?2 order by itemVersion", itemId, afterVersion))
                .range(0, limit - 1).list();
    }
}
