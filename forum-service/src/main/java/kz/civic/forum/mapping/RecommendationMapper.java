package kz.civic.forum.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.Multilingual;
import kz.civic.forum.Recommendation;
import kz.civic.forum.repository.RecommendationRepository;
import kz.civic.forum.rest.AddresseeDetails;
import kz.civic.forum.rest.RecommendationResponse;
import kz.civic.platform.web.Page;

/** Builds recommendation responses, with the lineage of merges read in one query per page. */
@ApplicationScoped
public class RecommendationMapper {

    private final RecommendationRepository recommendations;

    public RecommendationMapper(RecommendationRepository recommendations) {
        this.recommendations = recommendations;
    }

    public RecommendationResponse toResponse(Recommendation r) {
        return toResponse(r, recommendations.mergedInto(List.of(r.id)));
    }

    public Page<RecommendationResponse> toResponses(Page<Recommendation> page) {
        Map<UUID, List<UUID>> lineage = recommendations.mergedInto(
                page.items().stream().map(r -> r.id).toList());
        return new Page<>(page.items().stream().map(r -> toResponse(r, lineage)).toList(), page.nextCursor());
    }

    private static RecommendationResponse toResponse(Recommendation r, Map<UUID, List<UUID>> lineage) {
        return new RecommendationResponse(r.id, Multilingual.text(r.text), r.sourceType, r.sourceId, r.forumId,
                List.copyOf(r.authorNgoIds),
                r.addressees.stream().map(a -> new AddresseeDetails(a.type(), a.governmentBodyId())).toList(),
                List.copyOf(r.spheres), r.regionCode, List.copyOf(r.sdgGoals), r.priority, r.status, r.mergedIntoId,
                lineage.getOrDefault(r.id, List.of()), r.submittedAt, r.responseDueDate, r.createdAt, r.updatedAt,
                r.version);
    }
}
