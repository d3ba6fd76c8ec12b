package kz.civic.forum.repository;

import java.util.UUID;
import kz.civic.forum.AddresseeType;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.SourceType;

/**
 * Filters of the recommendation list; a null member is no filter. {@code text} is a query over kk/ru/en (any spelling, or full text);
 * {@code sphere}, {@code sdgGoal} and {@code authorNgoId} match recommendations listing them.
 */
public record RecommendationFilter(RecommendationStatus status, AddresseeType addresseeType, UUID governmentBodyId,
        String regionCode, SourceType sourceType, UUID sourceId, UUID forumId, String sphere, Integer sdgGoal,
        UUID authorNgoId, String text) {
}
