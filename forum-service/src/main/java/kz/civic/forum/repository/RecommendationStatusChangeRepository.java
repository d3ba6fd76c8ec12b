package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.RecommendationStatusChange;

@ApplicationScoped
public class RecommendationStatusChangeRepository implements PanacheRepositoryBase<RecommendationStatusChange, UUID> {

    /** Oldest first; the recommendation version is the keyset (each change makes a new version). */
    public List<RecommendationStatusChange> history(UUID recommendationId, Long afterVersion, int limit) {
        return (afterVersion == null
                ? find("recommendationId = ?1 order by recommendationVersion", recommendationId)
                : find("recommendationId = ?1 and recommendationVersion > ?2 order by recommendationVersion",
                        recommendationId, afterVersion))
                .range(0, limit - 1).list();
    }
}
