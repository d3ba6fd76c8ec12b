package kz.civic.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import kz.civic.infra.EmbeddedKafkaBroker;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.platform.testapp.WidgetService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(InfraTestResource.class)
class EventPlumbingTest {

    @Inject
    DataSource dataSource;

    private final EmbeddedKafkaBroker kafka = InfraTestResource.TestInfra.get().kafka();

    @Test
    void committedWriteIsPublishedAsCloudEventAndAppliedOnce() throws Exception {
        String id = create("published-" + UUID.randomUUID(), "rid-published-1");
        ConsumerRecord<String, String> record = awaitRecord(WidgetService.TOPIC, id);
        assertEquals(id, record.key());
        assertTrue(record.value().contains("\"specversion\":\"1.0\""));
        assertTrue(record.value().contains("\"type\":\"" + WidgetService.CREATED + "\""));
        assertTrue(record.value().contains("\"requestid\":\"rid-published-1\""));
        assertEquals("application/cloudevents+json",
                new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(20)).until(() -> applied(id) == 1);
    }

    @Test
    void eventOfRolledBackTransactionIsNeverPublished() throws Exception {
        String name = "rolled-back-" + UUID.randomUUID();
        given().contentType("application/json").body("{\"name\":\"" + name + "\",\"fail\":true}")
                .post("/widgets").then().statusCode(422);
        String after = create("after-rollback-" + UUID.randomUUID(), null);
        // Once the later event is on the topic, the relay has passed the point where the first would be.
        List<ConsumerRecord<String, String>> all = readUntil(WidgetService.TOPIC, after);
        assertTrue(all.stream().noneMatch(r -> r.value().contains(name)), "rolled-back event was published");
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE payload LIKE ?", "%" + name + "%"));
        assertEquals(0, count("SELECT count(*) FROM widget WHERE name = ?", name));
    }

    @Test
    void writesSucceedWhileKafkaIsDownAndEventsArriveAfterItReturns() throws Exception {
        kafka.stop();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                ids.add(create("offline-" + i + "-" + UUID.randomUUID(), null));
            }
            assertEquals(5, count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND record_key = ANY (?)",
                    (Object) ids.toArray(new String[0])));
        } finally {
            kafka.start();
        }
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(60)).until(() -> applied(id) == 1);
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0);
        for (String id : ids) {
            assertEquals(1, applied(id), "exactly one effect for " + id);
        }
    }

    @Test
    void redeliveredEventHasNoSecondEffect() throws Exception {
        String id = create("redelivered-" + UUID.randomUUID(), null);
        ConsumerRecord<String, String> original = awaitRecord(WidgetService.TOPIC, id);
        await().atMost(Duration.ofSeconds(20)).until(() -> applied(id) == 1);
        send(WidgetService.TOPIC, id, original.value());
        send(WidgetService.TOPIC, id, original.value());
        String marker = create("marker-" + UUID.randomUUID(), null);
        await().atMost(Duration.ofSeconds(20)).until(() -> applied(marker) == 1);
        assertEquals(1, applied(id));
    }

    @Test
    void malformedEventGoesToDeadLetterTopicAndConsumerKeepsGoing() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        send(WidgetService.TOPIC, poisonKey, "{this is not json");
        String contractBreaker = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/x\","
                + "\"type\":\"" + WidgetService.CREATED + "\",\"data\":{\"name\":\"no id\"}}";
        String breakerKey = "breaker-" + UUID.randomUUID();
        send(WidgetService.TOPIC, breakerKey, contractBreaker);
        String id = create("after-poison-" + UUID.randomUUID(), null);
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(id) == 1);
        ConsumerRecord<String, String> dead = awaitRecord(WidgetService.TOPIC + ".dlq", poisonKey);
        assertTrue(new String(dead.headers().lastHeader("dlq-reason").value(), StandardCharsets.UTF_8)
                .contains("not a CloudEvents JSON document"));
        ConsumerRecord<String, String> breaker = awaitRecord(WidgetService.TOPIC + ".dlq", breakerKey);
        assertTrue(new String(breaker.headers().lastHeader("dlq-reason").value(), StandardCharsets.UTF_8)
                .contains("data.id and data.name are required"));
    }

    /**
     * The records of one poll are applied in one transaction; a bad record among them rolls that back, and then each
     * good one is applied exactly once on its own and the bad one is dead-lettered. The three records share a key and
     * leave in one producer batch, so they reach the log, and the consumer's fetch, together.
     */
    @Test
    void badRecordInAPollOfGoodOnesRollsBackTogetherThenEachGoodOneIsAppliedOnce() throws Exception {
        String key = "batch-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String breaker = event(UUID.randomUUID().toString(), "{\"name\":\"no id\"}");
        Map<String, Object> config = Map.of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all",
                "linger.ms", 200);
        try (KafkaProducer<String, String> p = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>(WidgetService.TOPIC, key, event(UUID.randomUUID().toString(),
                    "{\"id\":\"" + first + "\",\"name\":\"first\"}")));
            p.send(new ProducerRecord<>(WidgetService.TOPIC, key, breaker));
            p.send(new ProducerRecord<>(WidgetService.TOPIC, key, event(UUID.randomUUID().toString(),
                    "{\"id\":\"" + second + "\",\"name\":\"second\"}"))).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(first) == 1 && applied(second) == 1);
        assertTrue(readUntil(WidgetService.TOPIC + ".dlq", key).stream().anyMatch(r -> r.value().equals(breaker)));
        String marker = create("after-batch-" + UUID.randomUUID(), null);
        await().atMost(Duration.ofSeconds(20)).until(() -> applied(marker) == 1);
        assertEquals(1, applied(first), "the rolled-back attempt left no effect");
        assertEquals(1, applied(second));
    }

    private static String event(String id, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/test\",\"type\":\""
                + WidgetService.CREATED + "\",\"data\":" + data + "}";
    }

    /**
     * Regression (fault drill): the relay sent a batch at once, so when Kafka failed an earlier event (a timeout
     * during a broker crash) a later event of the same aggregate was written before it and consumers applied them
     * out of order. An event Kafka refuses (here: too large) now holds back every later event of its aggregate
     * (record key); events of other aggregates, inserted after it, still leave, each aggregate's in order.
     */
    @Test
    void noEventReachesKafkaAheadOfAnEarlierOneKafkaFailed() throws Exception {
        String topic = "ordering-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        List<String[]> rows = List.of(new String[] { key, "first" }, new String[] { other, "o1" },
                new String[] { key, "x".repeat(2 * 1024 * 1024) }, new String[] { other, "o2" },
                new String[] { key, "third" }, new String[] { other, "o3" });
        try {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                for (String[] row : rows) {
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO outbox_event (event_id, topic, "
                            + "record_key, event_type, payload) VALUES (?, ?, ?, 'kz.civic.test.ordering.v1', ?)")) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, topic);
                        insert.setString(3, row[0]);
                        insert.setString(4, row[1]);
                        insert.executeUpdate();
                    }
                }
                c.commit();
            }
            readUntil(topic, key);
            Thread.sleep(3000); // some 30 relay ticks, each retrying the refused event
            List<ConsumerRecord<String, String>> seen = readFor(topic, Duration.ofSeconds(3));
            assertEquals(List.of("first"), valuesOf(seen, key), "only the event before the refused one may be on Kafka");
            assertEquals(List.of("o1", "o2", "o3"), valuesOf(seen, other), "another aggregate's events all leave, in order");
            assertEquals(2, count("SELECT count(*) FROM outbox_event WHERE topic = ? AND published_at IS NULL", topic));
        } finally {
            // the refused event would hold back every later event of its key
            count("WITH gone AS (DELETE FROM outbox_event WHERE topic = ? RETURNING 1) SELECT count(*) FROM gone", topic);
        }
    }

    private static List<String> valuesOf(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).distinct().toList();
    }

    private String create(String name, String requestId) {
        var request = given().contentType("application/json").body("{\"name\":\"" + name + "\"}");
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return request.post("/widgets").then().statusCode(201).extract().path("id");
    }

    private long applied(String id) throws Exception {
        return count("SELECT coalesce(sum(applied), 0) FROM widget_replica WHERE widget_id = ?::uuid", id);
    }

    private long count(String sql, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof String[] array) {
                    ps.setArray(i + 1, c.createArrayOf("text", array));
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void send(String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all");
        try (KafkaProducer<String, String> p = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private ConsumerRecord<String, String> awaitRecord(String topic, String key) {
        List<ConsumerRecord<String, String>> all = readUntil(topic, key);
        return all.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }

    /** Reads the topic from the beginning until a record with {@code key} appears (30 s at most). */
    private List<ConsumerRecord<String, String>> readUntil(String topic, String key) {
        List<ConsumerRecord<String, String>> seen = read(topic, Duration.ofSeconds(30), key);
        if (seen.stream().noneMatch(r -> key.equals(r.key()))) {
            throw new AssertionError("no record with key " + key + " on " + topic + " within 30 s");
        }
        return seen;
    }

    /** Everything on the topic from the beginning that arrives within {@code time}. */
    private List<ConsumerRecord<String, String>> readFor(String topic, Duration time) {
        return read(topic, time, null);
    }

    private List<ConsumerRecord<String, String>> read(String topic, Duration time, String untilKey) {
        Properties config = new Properties();
        config.putAll(new HashMap<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "group.id", "test-reader-" + UUID.randomUUID(), "auto.offset.reset", "earliest")));
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + time.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                if (untilKey != null && seen.stream().anyMatch(r -> untilKey.equals(r.key()))) {
                    break;
                }
            }
        }
        return seen;
    }
}
