package kz.civic.forum.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.civic.forum.ActionPlanItem;
import kz.civic.forum.Addressee;
import kz.civic.forum.Multilingual;
import kz.civic.forum.ParticipantCategory;
import kz.civic.forum.Recommendation;
import kz.civic.forum.RegionalForum;
import kz.civic.forum.service.RecommendationService;

/** Writes {@link DemoData} with batched inserts on one connection (the caller's transaction). */
final class DemoDataWriter {

    private static final int BATCH = 500;

    private final Connection c;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    private DemoDataWriter(Connection c) {
        this.c = c;
    }

    /** Rows written per table, in the order written (parents before children). */
    static Map<String, Long> write(Connection c, DemoData d) throws SQLException {
        DemoDataWriter w = new DemoDataWriter(c);
        w.insert("forum", List.of(d.forum()), f -> row(f.id, f.editionNumber, f.year, f.mottoKk, f.mottoRu, f.mottoEn, f.createdAt,
                f.version, f.organizerNgoId, f.regionalStart, f.regionalEnd, f.republicanStart, f.republicanEnd,
                kk(f.republicanVenue), ru(f.republicanVenue), en(f.republicanVenue)),
                "id", "edition_number", "year", "motto_kk", "motto_ru", "motto_en", "created_at", "version", "organizer_ngo_id",
                "regional_start", "regional_end", "republican_start", "republican_end", "republican_venue_kk",
                "republican_venue_ru", "republican_venue_en");
        w.insert("regional_forum", d.regionalForums(), f -> row(f.id, f.forumId, f.regionCode, f.localSequenceNumber,
                kk(f.venue), ru(f.venue), en(f.venue), f.startDate, f.endDate, kk(f.priorityIssue), ru(f.priorityIssue),
                en(f.priorityIssue), f.participantsTotal, f.createdAt, f.version),
                "id", "forum_id", "region_code", "local_sequence_number", "venue_kk", "venue_ru", "venue_en", "start_date",
                "end_date", "priority_issue_kk", "priority_issue_ru", "priority_issue_en", "participants_total", "created_at",
                "version");
        List<Object[]> participants = new ArrayList<>();
        for (RegionalForum f : d.regionalForums()) {
            for (Map.Entry<ParticipantCategory, Integer> e : f.participantsByCategory.entrySet()) {
                participants.add(row(f.id, e.getKey().name(), e.getValue()));
            }
        }
        w.insert("regional_forum_participants", participants, r -> r, "regional_forum_id", "category", "participants");
        w.insert("dialogue_platform", d.dialoguePlatforms(), p -> row(p.id, p.forumId, p.regionalForumId, kk(p.title), ru(p.title),
                en(p.title), kk(p.topic), ru(p.topic), en(p.topic), p.createdAt, p.version),
                "id", "forum_id", "regional_forum_id", "title_kk", "title_ru", "title_en", "topic_kk", "topic_ru", "topic_en",
                "created_at", "version");
        w.insert("recommendation", d.recommendations(), r -> row(r.id, kk(r.text), ru(r.text), en(r.text), r.sourceType.name(),
                r.sourceId, w.array("uuid", r.authorNgoIds), w.array("text", r.spheres), r.regionCode,
                w.array("int4", r.sdgGoals), r.priority.name(), r.status.name(), r.mergedIntoId, r.submittedAt,
                r.responseDueDate, r.createdAt, r.updatedAt, r.version, r.forumId, RecommendationService.searchKey(r.text)),
                "id", "text_kk", "text_ru", "text_en", "source_type", "source_id", "author_ngo_ids", "spheres", "region_code",
                "sdg_goals", "priority", "status", "merged_into_id", "submitted_at", "response_due_date", "created_at",
                "updated_at", "version", "forum_id", "search_key");
        List<Object[]> addressees = new ArrayList<>();
        for (Recommendation r : d.recommendations()) {
            for (int i = 0; i < r.addressees.size(); i++) {
                Addressee a = r.addressees.get(i);
                addressees.add(row(r.id, i, a.type().name(), a.governmentBodyId()));
            }
        }
        w.insert("recommendation_addressee", addressees, r -> r, "recommendation_id", "position", "type", "government_body_id");
        w.insert("recommendation_status_change", d.statusChanges(), s -> row(s.id, s.recommendationId,
                s.from == null ? null : s.from.name(), s.to.name(), s.reason, s.mergedIntoId, s.actor, s.requestId, s.changedAt,
                s.recommendationVersion),
                "id", "recommendation_id", "from_status", "to_status", "reason", "merged_into_id", "actor", "request_id",
                "changed_at", "recommendation_version");
        w.insert("recommendation_response", d.responses(), g -> row(g.id, g.recommendationId, g.governmentBodyId,
                g.position.name(), kk(g.text), ru(g.text), en(g.text), g.respondedAt, g.responseDueDate, g.onTime,
                g.firstFromBody, g.actor, g.requestId, g.recommendationVersion),
                "id", "recommendation_id", "government_body_id", "position", "text_kk", "text_ru", "text_en", "responded_at",
                "response_due_date", "on_time", "first_from_body", "actor", "request_id", "recommendation_version");
        w.insert("forum_award", d.awards(), a -> row(a.id, a.regionalForumId, a.forumId, kk(a.nomination), ru(a.nomination),
                en(a.nomination), a.ngoId, a.type.name(), a.createdAt, a.version),
                "id", "regional_forum_id", "forum_id", "nomination_kk", "nomination_ru", "nomination_en", "ngo_id", "type",
                "created_at", "version");
        w.insert("recommendation_evidence", d.evidence(), e -> row(e.id, e.recommendationId, e.kind.name(), e.url, e.awardId,
                kk(e.description), ru(e.description), en(e.description), e.governmentBodyId, e.actor, e.addedAt),
                "id", "recommendation_id", "kind", "url", "award_id", "description_kk", "description_ru", "description_en",
                "government_body_id", "actor", "added_at");
        w.insert("civil_society_assessment", d.assessments(), a -> row(a.id, a.recommendationId, a.assessor.name(), a.ngoId,
                a.rating.name(), kk(a.comment), ru(a.comment), en(a.comment), a.actor, a.assessedAt),
                "id", "recommendation_id", "assessor", "ngo_id", "rating", "comment_kk", "comment_ru", "comment_en", "actor",
                "assessed_at");
        w.insert("action_plan", List.of(d.actionPlan()), p -> row(p.id, p.forumId, kk(p.title), ru(p.title), en(p.title),
                p.periodStart, p.periodEnd, p.createdAt, p.version),
                "id", "forum_id", "title_kk", "title_ru", "title_en", "period_start", "period_end", "created_at", "version");
        w.insert("action_plan_item", d.items(), i -> row(i.id, i.planId, kk(i.title), ru(i.title), en(i.title),
                i.responsibleBodyId, i.deadline, i.weight, i.status.name(), i.indicatorUnit, i.indicatorBaseline,
                i.indicatorTarget, i.currentValue, i.currentMeasuredOn, i.createdAt, i.updatedAt, i.version),
                "id", "plan_id", "title_kk", "title_ru", "title_en", "responsible_body_id", "deadline", "weight", "status",
                "indicator_unit", "indicator_baseline", "indicator_target", "current_value", "current_measured_on",
                "created_at", "updated_at", "version");
        List<Object[]> links = new ArrayList<>();
        for (ActionPlanItem i : d.items()) {
            for (int p = 0; p < i.recommendationIds.size(); p++) {
                links.add(row(i.id, p, i.recommendationIds.get(p)));
            }
        }
        w.insert("action_plan_item_recommendation", links, r -> r, "item_id", "position", "recommendation_id");
        w.insert("indicator_measurement", d.measurements(), m -> row(m.id, m.itemId, m.value, m.measuredOn, m.actor, m.recordedAt),
                "id", "item_id", "value", "measured_on", "actor", "recorded_at");
        w.insert("action_plan_item_status_change", d.itemStatusChanges(), s -> row(s.id, s.itemId,
                s.from == null ? null : s.from.name(), s.to.name(), s.reason, s.actor, s.changedAt, s.itemVersion),
                "id", "item_id", "from_status", "to_status", "reason", "actor", "changed_at", "item_version");
        return w.counts;
    }

    private <T> void insert(String table, List<T> rows, Function<T, Object[]> values, String... columns) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                Object[] v = values.apply(row);
                for (int i = 0; i < v.length; i++) {
                    s.setObject(i + 1, v[i]);
                }
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
        counts.merge(table, (long) rows.size(), Long::sum);
    }

    private java.sql.Array array(String type, List<?> values) {
        try {
            return c.createArrayOf(type, values.toArray());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object[] row(Object... values) {
        return values;
    }

    private static String kk(Multilingual m) {
        return m == null ? null : m.kk();
    }

    private static String ru(Multilingual m) {
        return m == null ? null : m.ru();
    }

    private static String en(Multilingual m) {
        return m == null ? null : m.en();
    }

}
