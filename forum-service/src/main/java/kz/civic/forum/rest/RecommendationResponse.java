package kz.civic.forum.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.Priority;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.SourceType;
import kz.civic.platform.web.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recommendation. Lineage both ways: {@code mergedIntoId} on a MERGED one, {@code mergedFrom} on
 * the one that absorbed others. {@code responseDueDate} is set once it is submitted. {@code forumId} is
 * the edition its source belongs to.
 */
public record RecommendationResponse(UUID id, LocalizedText text, SourceType sourceType, UUID sourceId, UUID forumId,
        List<UUID> authorNgoIds, List<AddresseeDetails> addressees, List<String> spheres,
        @Schema(nullable = true, description = "Absent for a recommendation of no particular region") String regionCode,
        List<Integer> sdgGoals, Priority priority, RecommendationStatus status,
        @Schema(nullable = true, description = "Set on a MERGED recommendation only") UUID mergedIntoId,
        List<UUID> mergedFrom,
        @Schema(nullable = true, description = "Absent on a DRAFT") OffsetDateTime submittedAt,
        @Schema(nullable = true, format = "date", description = "Absent on a DRAFT") LocalDate responseDueDate,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
}
