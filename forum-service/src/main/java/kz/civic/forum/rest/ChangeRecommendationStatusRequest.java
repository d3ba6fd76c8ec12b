package kz.civic.forum.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import kz.civic.forum.RecommendationStatus;

/**
 * Body of {@code POST /api/v1/recommendations/{id}/status-changes}. {@code reason} is required (422)
 * for DECLINED, where it is the justification; {@code mergedIntoId} is required for MERGED and only
 * allowed there (422).
 */
public record ChangeRecommendationStatusRequest(
        @NotNull RecommendationStatus to,
        @Size(max = 2000) String reason,
        UUID mergedIntoId) {
}
