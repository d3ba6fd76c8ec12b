package kz.civic.reliability.guarantees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import kz.civic.e2e.MatrixFixtures;
import kz.civic.e2e.MatrixFixtures.Call;
import kz.civic.e2e.StackIT;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 7 item 2 against the running stack: every event the consumers (forum-service, procurement-service) read is
 * delivered again, and older versions arrive after newer ones; their derived state (replicas of NGOs, government
 * bodies, recommendations and action-plan items, flags on applications, evidence from procurement's awards, and
 * every other table) must not change at all.
 *
 * <p>The activity is {@link MatrixFixtures}' (NGOs registered, activated and reporting, bodies, a forum with an
 * accepted recommendation and an action plan, a call with an application, an award and a contract) plus: a second
 * call implementing the recommendation with an award (AWARD evidence in forum), a third NGO whose application is
 * flagged when it is suspended, a body renamed, NGO A's profile updated, the plan item started.
 *
 * <p>Consumption is awaited as consumer lag 0 (the groups' committed offsets at the topics' end offsets, through
 * the AdminClient), never by sleeping. The steps run in order on the same snapshot.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DuplicateAndReplayIT extends StackIT {

    private static final List<String> CONSUMERS = List.of("forum", "procurement");
    private static final Duration DRAIN = Duration.ofSeconds(90);

    static MatrixFixtures f;
    static Admin admin;
    static List<ConsumerRecord<String, String>> history;
    static Map<String, Map<String, List<String>>> before = new LinkedHashMap<>();
    static Map<String, Long> inboxBefore = new LinkedHashMap<>();
    static Map<String, Long> outboxBefore = new LinkedHashMap<>();
    static Map<String, Long> deadLettersBefore;

    @BeforeAll
    static void activityThenSnapshot() {
        f = Fixtures.get();
        moreActivity();
        admin = EventLog.admin();
        long behind = EventLog.awaitConsumed(admin, DRAIN);
        for (String db : CONSUMERS) {
            before.put(db, Db.snapshot(db));
            inboxBefore.put(db, inbox(db));
            outboxBefore.put(db, outbox(db));
        }
        history = EventLog.readAll(admin, EventLog.topics(EventLog.consumed(admin, EventLog.GROUPS)));
        deadLettersBefore = deadLetters();
        Map<String, Integer> byTopic = new TreeMap<>();
        history.forEach(r -> byTopic.merge(r.topic(), 1, Integer::sum));
        System.out.printf("%nDuplicates: activity drained (%d records behind at first look); snapshot of %s rows "
                + "(forum, procurement), inbox %s; consumed topics %s%n", behind,
                CONSUMERS.stream().map(db -> Long.toString(Db.rows(before.get(db)))).toList(), inboxBefore, byTopic);
    }

    @Test
    @Order(1)
    void everyEventRedeliveredFromOffsetZeroHasNoSecondEffect() {
        List<ProducerRecord<String, String>> duplicates = history.stream().map(EventLog::again).toList();
        EventLog.produce(duplicates);
        EventLog.awaitConsumed(admin, DRAIN);
        assertUnchanged("after " + duplicates.size() + " exact duplicates", 0);
        System.out.printf("Duplicates: %d records re-produced with their ids; consumed (lag 0); state, inbox %s and "
                + "outbox %s unchanged; second effects = 0%n", duplicates.size(), inboxBefore, outboxBefore);
    }

    /**
     * A reset of the services' groups to offset 0 from outside: Kafka accepts offset changes only for a group
     * without active members, and each service's consumer is always a member (platform's InboxConsumer). If the
     * broker refuses, the re-production above stands in for the replay (the consumers see the same records, same
     * ids, after the originals; the inbox dedupes on the event id, not the offset). If it accepts, the replay
     * happens and must have no effect either.
     */
    @Test
    @Order(2)
    void replayFromAGroupResetToZeroHasNoSecondEffectWhereTheBrokerAllowsIt() {
        Map<String, String> outcome = new TreeMap<>();
        for (String group : EventLog.GROUPS) {
            Map<TopicPartition, OffsetAndMetadata> zero = new LinkedHashMap<>();
            EventLog.consumed(admin, List.of(group)).forEach(p -> zero.put(p, new OffsetAndMetadata(0)));
            try {
                EventLog.get(admin.alterConsumerGroupOffsets(group, zero).all());
                outcome.put(group, "reset to 0 (" + zero.size() + " partitions): replayed");
            } catch (IllegalStateException e) {
                outcome.put(group, "refused by the broker: " + e.getCause().getClass().getSimpleName());
            }
        }
        EventLog.awaitConsumed(admin, DRAIN);
        assertUnchanged("after the group reset attempt", 0);
        System.out.printf("Replay: group reset to offset 0 %s; state unchanged%n", outcome);
    }

    /**
     * For each aggregate (record key) of each consumed topic, every event but its newest is sent again with a new
     * event id: the inbox takes it as new (one row each, by the consumers that took the original), and the version
     * guards must ignore it.
     */
    @Test
    @Order(3)
    void olderVersionsArrivingAfterNewerOnesDoNotRollStateBack() {
        Map<String, ConsumerRecord<String, String>> newest = new LinkedHashMap<>();
        history.forEach(r -> newest.put(r.topic() + " " + r.key(), r));
        List<ProducerRecord<String, String>> older = new ArrayList<>();
        long expectedInbox = 0;
        Map<String, Integer> byType = new TreeMap<>();
        for (ConsumerRecord<String, String> r : history) {
            if (newest.get(r.topic() + " " + r.key()) == r) {
                continue;
            }
            ObjectNode event = json(r.value());
            String originalId = event.path("id").asText();
            long takers = CONSUMERS.stream().filter(db -> Db.count(db, "SELECT count(*) FROM inbox_event WHERE event_id = ?",
                    originalId) > 0).count();
            if (takers == 0) {
                continue; // a type no consumer applies
            }
            event.put("id", UUID.randomUUID().toString());
            older.add(new ProducerRecord<>(r.topic(), r.partition(), r.key(), event.toString(), r.headers()));
            expectedInbox += takers;
            byType.merge(event.path("type").asText(), 1, Integer::sum);
        }
        assertTrue(byType.keySet().containsAll(List.of("kz.civic.registry.ngo.registered.v1",
                "kz.civic.registry.ngo.status-changed.v1", "kz.civic.registry.ngo.report-filed.v1",
                "kz.civic.registry.government-body.created.v1", "kz.civic.forum.recommendation.submitted.v1",
                "kz.civic.forum.action-plan-item.created.v1")), "older versions of every kind of replica: " + byType);
        EventLog.produce(older);
        EventLog.awaitConsumed(admin, DRAIN);
        assertUnchanged("after " + older.size() + " older versions with new ids", expectedInbox);
        System.out.printf("Out of order: %d older events with new ids (%s) consumed; inbox +%d as expected; state "
                + "unchanged (no rollback), outbox and dead letters unchanged%n", older.size(), byType, expectedInbox);
    }

    private static void assertUnchanged(String when, long newInboxRows) {
        for (String db : CONSUMERS) {
            Map<String, String> differences = Db.differences(before.get(db), Db.snapshot(db));
            assertTrue(differences.isEmpty(), () -> db + " state changed " + when + ": " + differences);
            assertEquals(outboxBefore.get(db), outbox(db), db + " emitted events " + when);
        }
        long inboxNow = CONSUMERS.stream().mapToLong(DuplicateAndReplayIT::inbox).sum();
        long inboxThen = inboxBefore.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(inboxThen + newInboxRows, inboxNow, "inbox rows " + when);
        assertEquals(deadLettersBefore, deadLetters(), "dead-lettered records " + when);
    }

    private static Map<String, Long> deadLetters() {
        List<String> topics = EventLog.topics(EventLog.consumed(admin, EventLog.GROUPS)).stream().map(t -> t + ".dlq")
                .toList();
        return new TreeMap<>(EventLog.written(admin, topics));
    }

    private static long inbox(String db) {
        return Db.count(db, "SELECT count(*) FROM inbox_event");
    }

    private static long outbox(String db) {
        return Db.count(db, "SELECT count(*) FROM outbox_event");
    }

    private static ObjectNode json(String value) {
        try {
            return (ObjectNode) JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the activity beyond the matrix fixtures

    private static void moreActivity() {
        String admin = token("admin");
        String registrar = token("registrar");
        f.contract();

        // a body renamed (created + updated), NGO A's profile updated, the action-plan item started by its body
        String bin = MatrixFixtures.bin();
        String body = f.expect(201, Call.of("POST", "/api/v1/government-bodies", admin,
                Fixtures.governmentBody(bin, "Комитет повторов"))).id();
        f.expect(200, Call.of("PUT", "/api/v1/government-bodies/" + body, admin,
                Fixtures.governmentBody(bin, "Комитет повторов (новое)"), "If-Match",
                f.currentEtag("/api/v1/government-bodies/" + body)));
        f.expect(200, Call.of("PUT", "/api/v1/ngos/" + f.ngoA, registrar, f.ngoABody, "If-Match",
                f.currentEtag("/api/v1/ngos/" + f.ngoA)));
        String item = "/api/v1/action-plans/" + f.plan + "/items/" + f.item;
        f.expect(200, Call.of("POST", item + "/status-changes", f.token("agency"),
                "{\"to\": \"IN_PROGRESS\", \"reason\": \"work started\"}", "If-Match", f.currentEtag(item)));

        // a call implementing the recommendation: NGO A is awarded (AWARD evidence in forum); NGO C applies and is
        // suspended (its application flagged)
        String c = Fixtures.eligibleNgo("Объединение повторов");
        String call = Fixtures.openCall("6000000.00", "[\"" + f.recommendation + "\"]");
        String awarded = f.expect(201, Call.of("POST", "/api/v1/applications", f.token("ngo"),
                MatrixFixtures.applicationBody(call, f.ngoA))).id();
        f.eventually(201, Call.of("POST", "/api/v1/applications", f.ngoToken(c), MatrixFixtures.applicationBody(call, c)));
        Fixtures.moveCall(call, "UNDER_REVIEW");
        f.scored(call, awarded);
        f.expect(201, Call.of("POST", "/api/v1/calls/" + call + "/awards", token("procurement-officer"),
                "{\"applicationId\": \"" + awarded + "\", \"amount\": {\"amount\": \"2000000.00\", \"currency\": \"KZT\"}}"));
        Fixtures.changeNgoStatus(c, "SUSPENDED");

        // the effects this class guards, before it starts
        org.awaitility.Awaitility.await().atMost(DRAIN).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            assertEquals(1, Db.count("forum", "SELECT count(*) FROM recommendation_evidence WHERE recommendation_id = "
                    + "?::uuid AND kind = 'AWARD'", f.recommendation), "AWARD evidence in forum");
            assertEquals(1, Db.count("procurement", "SELECT count(*) FROM application WHERE ngo_id = ?::uuid AND flagged",
                    c), "NGO C's application flagged");
        });
    }
}
