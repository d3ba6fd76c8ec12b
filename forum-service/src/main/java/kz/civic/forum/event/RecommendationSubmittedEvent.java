package kz.civic.forum.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.Multilingual;
import kz.civic.forum.Recommendation;
import kz.civic.platform.web.LocalizedText;

/**
 * Payload of {@code kz.civic.forum.recommendation.submitted.v1} on {@code forum.recommendations}: the
 * full public recommendation as it was submitted. Schema:
 * {@code contracts/events/kz.civic.forum.recommendation.submitted.v1.json}.
 */
public record RecommendationSubmittedEvent(UUID id, LocalizedText text, String sourceType, UUID sourceId,
        List<UUID> authorNgoIds, List<AddresseeData> addressees, List<String> spheres, String regionCode,
        List<Integer> sdgGoals, String priority, String status, OffsetDateTime submittedAt, LocalDate responseDueDate,
        long version) {

    public static final String TOPIC = "forum.recommendations";
    public static final String TYPE = "kz.civic.forum.recommendation.submitted.v1";

    /** An addressee; {@code governmentBodyId} only for CENTRAL_AGENCY and LOCAL_AGENCY. */
    public record AddresseeData(String type, UUID governmentBodyId) {
    }

    public static RecommendationSubmittedEvent of(Recommendation r) {
        return new RecommendationSubmittedEvent(r.id, Multilingual.text(r.text), r.sourceType.name(), r.sourceId,
                List.copyOf(r.authorNgoIds),
                r.addressees.stream().map(a -> new AddresseeData(a.type().name(), a.governmentBodyId())).toList(),
                List.copyOf(r.spheres), r.regionCode, List.copyOf(r.sdgGoals), r.priority.name(), r.status.name(),
                r.submittedAt, r.responseDueDate, r.version);
    }
}
