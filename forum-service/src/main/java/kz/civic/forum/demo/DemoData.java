package kz.civic.forum.demo;

import java.time.OffsetDateTime;
import java.util.List;
import kz.civic.forum.ActionPlan;
import kz.civic.forum.ActionPlanItem;
import kz.civic.forum.ActionPlanItemStatusChange;
import kz.civic.forum.CivilSocietyAssessment;
import kz.civic.forum.DialoguePlatform;
import kz.civic.forum.Evidence;
import kz.civic.forum.Forum;
import kz.civic.forum.ForumAward;
import kz.civic.forum.GovernmentResponse;
import kz.civic.forum.IndicatorMeasurement;
import kz.civic.forum.Recommendation;
import kz.civic.forum.RecommendationStatusChange;
import kz.civic.forum.RegionalForum;

/**
 * The generated demo forum, as the entities the service itself stores (not managed: written by {@link DemoDataLoader}),
 * and the events the service would have published for them, oldest first.
 */
public record DemoData(Forum forum, List<RegionalForum> regionalForums, List<DialoguePlatform> dialoguePlatforms,
        List<Recommendation> recommendations, List<RecommendationStatusChange> statusChanges,
        List<GovernmentResponse> responses, List<Evidence> evidence, List<CivilSocietyAssessment> assessments,
        ActionPlan actionPlan, List<ActionPlanItem> items, List<ActionPlanItemStatusChange> itemStatusChanges,
        List<IndicatorMeasurement> measurements, List<ForumAward> awards, List<Event> events) {

    /** An event for the outbox: topic, CloudEvents type, subject (record key) and payload. */
    public record Event(OffsetDateTime at, String topic, String type, String subject, Object payload) {
    }
}
