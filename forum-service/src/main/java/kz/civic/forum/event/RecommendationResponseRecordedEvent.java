package kz.civic.forum.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.forum.GovernmentResponse;
import kz.civic.forum.Multilingual;
import kz.civic.platform.web.LocalizedText;

/**
 * Payload of {@code kz.civic.forum.recommendation.response-recorded.v1} on {@code forum.recommendations}:
 * an addressed government body answered a recommendation. Schema:
 * {@code contracts/events/kz.civic.forum.recommendation.response-recorded.v1.json}.
 */
public record RecommendationResponseRecordedEvent(UUID id, UUID recommendationId, UUID governmentBodyId, String position,
        LocalizedText text, OffsetDateTime respondedAt, LocalDate responseDueDate, boolean onTime, boolean firstFromBody,
        long version) {

    public static final String TYPE = "kz.civic.forum.recommendation.response-recorded.v1";

    public static RecommendationResponseRecordedEvent of(GovernmentResponse r) {
        return new RecommendationResponseRecordedEvent(r.id, r.recommendationId, r.governmentBodyId, r.position.name(),
                Multilingual.text(r.text), r.respondedAt, r.responseDueDate, r.onTime, r.firstFromBody,
                r.recommendationVersion);
    }
}
