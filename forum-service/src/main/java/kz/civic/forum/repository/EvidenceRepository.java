package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.Evidence;
import kz.civic.forum.EvidenceKind;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, UUID> {

    public long countFor(UUID recommendationId) {
        return count("recommendationId", recommendationId);
    }

    /** Whether the recommendation already has evidence of this kind naming the award. */
    public boolean hasAward(UUID recommendationId, EvidenceKind kind, UUID awardId) {
        return count("recommendationId = ?1 and kind = ?2 and awardId = ?3", recommendationId, kind, awardId) > 0;
    }

    /** Whether the recommendation already has the approval of this report as evidence. */
    public boolean hasReport(UUID recommendationId, UUID reportId) {
        return count("recommendationId = ?1 and reportId = ?2", recommendationId, reportId) > 0;
    }

    /** A recommendation's evidence, oldest first. */
    public List<Evidence> page(UUID recommendationId, OldestFirst.After after, int limit) {
        return OldestFirst.page(this, "recommendationId", recommendationId, "addedAt", after, limit);
    }
}
