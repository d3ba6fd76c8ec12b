package kz.civic.reliability.drill;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kz.civic.e2e.MatrixFixtures;
import kz.civic.e2e.StackIT;
import kz.civic.infra.EmbeddedPostgresServer;
import kz.civic.reliability.drill.FaultDrillIT.Ledger;
import kz.civic.reliability.drill.FaultDrillIT.NgoWrite;
import kz.civic.reliability.drill.FaultDrillIT.RecommendationWrite;
import kz.civic.stack.LocalStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The drill's oracle: waits until the outboxes are empty and the consumers have no lag, then compares the
 * {@link Ledger} (what clients were told) with each service's database and the replicas and inboxes downstream.
 * <ul>
 * <li><b>lost</b>: an acknowledged write missing at its source, or a source event (or its effect) missing
 * downstream;</li>
 * <li><b>duplicate</b>: an effect that happened more than once (a second recommendation from one retried POST, a
 * status change recorded twice, a second report revision, an event id applied twice, two events for one
 * change);</li>
 * <li><b>wrong</b>: a state that differs from what was acknowledged (source status, replica status/version, derived
 * application flag).</li>
 * </ul>
 */
final class DrillChecks {

    /** The consumer groups (quarkus.application.name) and the event types each applies from the drill's aggregates. */
    private static final Set<String> FORUM_NGO_TYPES = Set.of("kz.civic.registry.ngo.registered.v1",
            "kz.civic.registry.ngo.updated.v1", "kz.civic.registry.ngo.status-changed.v1");
    private static final Set<String> PROCUREMENT_NGO_TYPES = Set.of("kz.civic.registry.ngo.registered.v1",
            "kz.civic.registry.ngo.updated.v1", "kz.civic.registry.ngo.status-changed.v1",
            "kz.civic.registry.ngo.report-filed.v1");
    private static final Set<String> PROCUREMENT_RECOMMENDATION_TYPES = Set.of(
            "kz.civic.forum.recommendation.submitted.v1", "kz.civic.forum.recommendation.status-changed.v1");
    private static final List<String> GROUPS = List.of("forum-service", "procurement-service");

    record Result(int checked, List<String> lost, List<String> duplicates, List<String> wrong) {
    }

    private record Event(String id, String type) {
    }

    private final LocalStack stack;
    private final Ledger ledger;
    private final String callId;
    private final List<String> lost = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();
    private int checked;

    DrillChecks(LocalStack stack, Ledger ledger, String callId) {
        this.stack = stack;
        this.ledger = ledger;
        this.callId = callId;
    }

    static boolean allReady(LocalStack stack) {
        for (String service : LocalStack.SERVICES) {
            try {
                int status = StackIT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + stack.service(service).port() + "/q/health/ready")).GET()).status();
                if (status != 200) {
                    return false;
                }
            } catch (RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    // ---- drain

    boolean awaitDrained(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (backlog().values().stream().allMatch(v -> v == 0)) {
                return true;
            }
            DrillClient.sleep(1000);
        }
        return false;
    }

    /** Unpublished outbox rows per database and lag per consumer group (-1: not known, e.g. rebalancing). */
    Map<String, Long> backlog() {
        Map<String, Long> backlog = new LinkedHashMap<>();
        for (String db : LocalStack.DATABASES) {
            try (Connection c = connect(db)) {
                backlog.put("outbox " + db, single(c, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL"));
            } catch (SQLException e) {
                backlog.put("outbox " + db, -1L);
            }
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()))) {
            for (String group : GROUPS) {
                backlog.put("lag " + group, lag(admin, group));
            }
        }
        return backlog;
    }

    /** End offset minus committed offset over every partition assigned to or committed by the group. */
    private static long lag(Admin admin, String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(10, TimeUnit.SECONDS).get(group);
            Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
            for (MemberDescription m : description.members()) {
                partitions.addAll(m.assignment().topicPartitions());
            }
            if (description.members().isEmpty()) {
                return -1; // nobody consumes: stuck
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (TopicPartition p : partitions) {
                OffsetAndMetadata c = committed.get(p);
                lag += ends.get(p).offset() - (c == null ? 0 : c.offset());
            }
            return lag;
        } catch (Exception e) {
            return -1;
        }
    }

    // ---- verification

    Result verify() throws SQLException {
        try (Connection registry = connect("registry"); Connection forum = connect("forum");
             Connection procurement = connect("procurement")) {
            Map<String, Event> forumExpects = new HashMap<>();
            Map<String, Event> procurementExpects = new HashMap<>();
            for (NgoWrite ngo : ledger.ngos.values()) {
                verifyNgo(registry, forum, procurement, ngo, forumExpects, procurementExpects);
            }
            for (RecommendationWrite r : ledger.recommendations.values()) {
                verifyRecommendation(forum, procurement, r, procurementExpects);
            }
            verifyInbox(forum, "forum-service", forumExpects);
            verifyInbox(procurement, "procurement-service", procurementExpects);
            for (Map.Entry<String, String> application : ledger.applications.entrySet()) {
                verifyApplication(registry, procurement, application.getKey(), application.getValue());
            }
            for (String db : LocalStack.DATABASES) {
                try (Connection c = connect(db)) {
                    check(single(c, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0, lost,
                            db + ": outbox rows never published");
                }
            }
        }
        return new Result(checked, lost, duplicates, wrong);
    }

    private void verifyNgo(Connection registry, Connection forum, Connection procurement, NgoWrite ngo,
            Map<String, Event> forumExpects, Map<String, Event> procurementExpects) throws SQLException {
        List<Object[]> rows = rows(registry, "SELECT status, version FROM ngo WHERE id = ?::uuid", ngo.id);
        if (!check(rows.size() == 1, lost, "registry: acknowledged NGO " + ngo.id)) {
            return;
        }
        String status = (String) rows.get(0)[0];
        long version = ((Number) rows.get(0)[1]).longValue();
        check(ngo.uncertain || ngo.status.equals(status), wrong, "registry: NGO " + ngo.id + " is " + status
                + ", acknowledged " + ngo.status);
        long changes = single(registry, "SELECT count(*) FROM ngo_status_change WHERE ngo_id = ?::uuid", ngo.id);
        if (!ngo.uncertain) {
            check(changes <= 1 + ngo.transitions, duplicates, "registry: NGO " + ngo.id + " has " + changes
                    + " status history rows for " + ngo.transitions + " transitions");
            check(changes >= 1 + ngo.transitions, lost, "registry: NGO " + ngo.id + " has " + changes
                    + " status history rows for " + ngo.transitions + " transitions");
        }
        if (ngo.reported) {
            check(single(registry, "SELECT count(*) FROM ngo_report_revision v JOIN ngo_report r ON r.id = v.report_id "
                    + "WHERE r.ngo_id = ?::uuid", ngo.id) == 1, duplicates, "registry: report of " + ngo.id
                    + " does not have exactly one revision");
        }
        // each change at the source produced exactly one event
        List<Event> events = new ArrayList<>();
        for (Object[] e : rows(registry, "SELECT event_id::text, event_type FROM outbox_event WHERE record_key = ? "
                + "ORDER BY seq", ngo.id)) {
            events.add(new Event((String) e[0], (String) e[1]));
        }
        Map<String, Long> byType = new HashMap<>();
        events.forEach(e -> byType.merge(e.type(), 1L, Long::sum));
        check(byType.getOrDefault("kz.civic.registry.ngo.registered.v1", 0L) == 1, duplicates,
                "registry: NGO " + ngo.id + " registered events " + byType);
        check(byType.getOrDefault("kz.civic.registry.ngo.status-changed.v1", 0L) == changes - 1, duplicates,
                "registry: NGO " + ngo.id + " status-changed events " + byType + " for " + (changes - 1) + " changes");
        Event lastForForum = null;
        Event lastForProcurement = null;
        for (Event e : events) {
            if (FORUM_NGO_TYPES.contains(e.type())) {
                forumExpects.put(e.id(), e);
                lastForForum = e;
            }
            if (PROCUREMENT_NGO_TYPES.contains(e.type())) {
                procurementExpects.put(e.id(), e);
                lastForProcurement = e;
            }
        }
        // the replicas hold the source's final state, applied from its latest event
        List<Object[]> f = rows(forum, "SELECT status, last_event_id FROM ngo_replica WHERE id = ?::uuid", ngo.id);
        if (check(f.size() == 1, lost, "forum: replica of NGO " + ngo.id)) {
            check(status.equals(f.get(0)[0]) && lastForForum != null && lastForForum.id().equals(f.get(0)[1]), wrong,
                    "forum: replica of NGO " + ngo.id + " is " + f.get(0)[0] + " from " + f.get(0)[1] + ", registry "
                            + status + " last event " + lastForForum);
        }
        List<Object[]> p = rows(procurement, "SELECT status, source_version, last_event_id FROM ngo_replica "
                + "WHERE ngo_id = ?::uuid", ngo.id);
        if (check(p.size() == 1, lost, "procurement: replica of NGO " + ngo.id)) {
            check(status.equals(p.get(0)[0]) && version == ((Number) p.get(0)[1]).longValue() && lastForProcurement != null
                    && lastForProcurement.id().equals(p.get(0)[2]), wrong, "procurement: replica of NGO " + ngo.id + " is "
                    + p.get(0)[0] + " v" + p.get(0)[1] + ", registry " + status + " v" + version);
        }
        if (ngo.reported) {
            check(single(procurement, "SELECT count(*) FROM ngo_replica_report WHERE ngo_id = ?::uuid AND year = "
                    + MatrixFixtures.REPORT_YEAR, ngo.id) == 1, lost, "procurement: report year of NGO " + ngo.id);
        }
    }

    private void verifyRecommendation(Connection forum, Connection procurement, RecommendationWrite r,
            Map<String, Event> procurementExpects) throws SQLException {
        List<Object[]> rows = rows(forum, "SELECT status, version FROM recommendation WHERE id = ?::uuid", r.id);
        if (!check(rows.size() == 1, lost, "forum: acknowledged recommendation " + r.id)) {
            return;
        }
        String status = (String) rows.get(0)[0];
        long version = ((Number) rows.get(0)[1]).longValue();
        check(r.uncertain || r.status.equals(status), wrong, "forum: recommendation " + r.id + " is " + status
                + ", acknowledged " + r.status);
        check(single(forum, "SELECT count(*) FROM recommendation WHERE text_en = ?", r.marker) == 1, duplicates,
                "forum: more than one recommendation from the POST of " + r.marker);
        long submissions = single(forum, "SELECT count(*) FROM recommendation_status_change WHERE recommendation_id = "
                + "?::uuid AND to_status = 'SUBMITTED'", r.id);
        check(submissions == (status.equals("DRAFT") ? 0 : 1), duplicates, "forum: recommendation " + r.id
                + " submitted " + submissions + " times");
        Event last = null;
        int submittedEvents = 0;
        for (Object[] e : rows(forum, "SELECT event_id::text, event_type FROM outbox_event WHERE record_key = ? "
                + "ORDER BY seq", r.id)) {
            Event event = new Event((String) e[0], (String) e[1]);
            if (PROCUREMENT_RECOMMENDATION_TYPES.contains(event.type())) {
                procurementExpects.put(event.id(), event);
                last = event;
                submittedEvents += event.type().endsWith(".submitted.v1") ? 1 : 0;
            }
        }
        check(submittedEvents == submissions, duplicates, "forum: recommendation " + r.id + " has " + submittedEvents
                + " submitted events for " + submissions + " submissions");
        if (status.equals("DRAFT")) {
            return;
        }
        List<Object[]> p = rows(procurement, "SELECT status, source_version, last_event_id FROM recommendation_replica "
                + "WHERE id = ?::uuid", r.id);
        if (check(p.size() == 1, lost, "procurement: replica of recommendation " + r.id)) {
            check(status.equals(p.get(0)[0]) && version == ((Number) p.get(0)[1]).longValue() && last != null
                    && last.id().equals(p.get(0)[2]), wrong, "procurement: replica of recommendation " + r.id + " is "
                    + p.get(0)[0] + " v" + p.get(0)[1] + ", forum " + status + " v" + version);
        }
    }

    /** Every event the consumer must have applied is in its inbox exactly once. */
    private void verifyInbox(Connection db, String consumer, Map<String, Event> expected) throws SQLException {
        Map<String, Long> seen = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT event_id, count(*) FROM inbox_event WHERE consumer = ? "
                + "AND event_id = ANY (?) GROUP BY event_id")) {
            q.setString(1, consumer);
            q.setArray(2, db.createArrayOf("text", expected.keySet().toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    seen.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        for (Event e : expected.values()) {
            long n = seen.getOrDefault(e.id(), 0L);
            check(n >= 1, lost, consumer + ": event " + e + " never applied");
            check(n <= 1, duplicates, consumer + ": event " + e + " applied " + n + " times");
        }
    }

    /** The application exists once; it is flagged exactly when its NGO is no longer ACTIVE (the derived status). */
    private void verifyApplication(Connection registry, Connection procurement, String id, String ngoId)
            throws SQLException {
        List<Object[]> rows = rows(procurement, "SELECT flagged FROM application WHERE id = ?::uuid", id);
        if (!check(rows.size() == 1, lost, "procurement: acknowledged application " + id)) {
            return;
        }
        check(single(procurement, "SELECT count(*) FROM application WHERE call_id = '" + callId + "'::uuid AND ngo_id = "
                + "?::uuid", ngoId) == 1, duplicates, "procurement: more than one application of NGO " + ngoId);
        NgoWrite ngo = ledger.ngos.get(ngoId);
        if (ngo == null || ngo.uncertain) {
            return;
        }
        List<Object[]> status = rows(registry, "SELECT status FROM ngo WHERE id = ?::uuid", ngoId);
        boolean shouldBeFlagged = !"ACTIVE".equals(status.get(0)[0]);
        check(Boolean.valueOf(shouldBeFlagged).equals(rows.get(0)[0]), wrong, "procurement: application " + id
                + " flagged=" + rows.get(0)[0] + " while its NGO is " + status.get(0)[0]);
    }

    // ---- helpers

    private boolean check(boolean ok, List<String> failures, String what) {
        checked++;
        if (!ok) {
            failures.add(what);
        }
        return ok;
    }

    private Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(stack.postgres().jdbcUrl(db), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
    }

    private static long single(Connection c, String sql, String... params) throws SQLException {
        return ((Number) rows(c, sql, params).get(0)[0]).longValue();
    }

    private static List<Object[]> rows(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setString(i + 1, params[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                List<Object[]> rows = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
