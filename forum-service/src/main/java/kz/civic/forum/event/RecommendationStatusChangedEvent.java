package kz.civic.forum.event;

import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.forum.RecommendationStatusChange;

/**
 * Payload of {@code kz.civic.forum.recommendation.status-changed.v1} on {@code forum.recommendations}:
 * every transition after the submission. Schema:
 * {@code contracts/events/kz.civic.forum.recommendation.status-changed.v1.json}.
 */
public record RecommendationStatusChangedEvent(UUID id, String from, String to, String reason, UUID mergedIntoId,
        OffsetDateTime changedAt, long version) {

    public static final String TYPE = "kz.civic.forum.recommendation.status-changed.v1";

    public static RecommendationStatusChangedEvent of(RecommendationStatusChange change) {
        return new RecommendationStatusChangedEvent(change.recommendationId, change.from.name(), change.to.name(),
                change.reason, change.mergedIntoId, change.changedAt, change.recommendationVersion);
    }
}
