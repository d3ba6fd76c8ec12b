package kz.civic.forum.repository;

import java.util.UUID;
import kz.civic.forum.AddresseeType;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.SourceType;

/** Filters of the recommendation list; a null member is no filter. */
public record RecommendationFilter(RecommendationStatus status, AddresseeType addresseeType, UUID governmentBodyId,
        String regionCode, SourceType sourceType, UUID sourceId) {
}
