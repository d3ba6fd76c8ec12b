package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.GovernmentResponse;

@ApplicationScoped
public class GovernmentResponseRepository implements PanacheRepositoryBase<GovernmentResponse, UUID> {

    public boolean hasAnswered(UUID recommendationId, UUID governmentBodyId) {
        return count("recommendationId = ?1 and governmentBodyId = ?2", recommendationId, governmentBodyId) > 0;
    }

    /** A recommendation's answers, oldest first. */
    public List<GovernmentResponse> page(UUID recommendationId, OldestFirst.After after, int limit) {
        return OldestFirst.page(this, "recommendationId", recommendationId, "respondedAt", after, limit);
    }
}
