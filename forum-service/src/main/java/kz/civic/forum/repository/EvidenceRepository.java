package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.Evidence;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, UUID> {

    public long countFor(UUID recommendationId) {
        return count("recommendationId", recommendationId);
    }

    /** A recommendation's evidence, oldest first. */
    public List<Evidence> page(UUID recommendationId, OldestFirst.After after, int limit) {
        return OldestFirst.page(this, "recommendationId", recommendationId, "addedAt", after, limit);
    }
}
