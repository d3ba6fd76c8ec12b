package kz.civic.infra.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends and reads records on the test JVM's broker ({@link InfraTestResource}), for the services' tests. */
public final class TestKafka {

    /** How long a test waits for records it expects. */
    public static final Duration WAIT = Duration.ofSeconds(30);
    /** Decimals as written, with their scale ({@code 2000000.00} stays that text), so tests can compare forms. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private TestKafka() {
    }

    private static String bootstrap() {
        return InfraTestResource.TestInfra.get().kafka().bootstrapServers();
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap(), "acks", "all");
        try (KafkaProducer<String, String> p = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /** The first {@code count} record values on {@code topic} with record key {@code key}, as JSON. */
    public static List<JsonNode> events(String topic, String key, int count) {
        return events(topic, key, count, e -> true);
    }

    /** The first {@code count} events on {@code topic} with record key {@code key} matching {@code filter}. */
    public static List<JsonNode> events(String topic, String key, int count, Predicate<JsonNode> filter) {
        List<JsonNode> found = new ArrayList<>();
        records(topic, key, count, r -> {
            JsonNode event = json(r.value());
            if (filter.test(event)) {
                found.add(event);
                return true;
            }
            return false;
        });
        return found;
    }

    /** The events of one CloudEvents {@code type} on {@code topic} with record key {@code key}. */
    public static List<JsonNode> events(String topic, String key, String type, int count) {
        return events(topic, key, count, e -> type.equals(e.path("type").asText()));
    }

    /** The value of header {@code name} of the first record on {@code topic} with key {@code key}. */
    public static String header(String topic, String key, String name) {
        Header header = records(topic, key, 1, r -> true).get(0).headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Reads {@code topic} from the start until {@code count} records with {@code key} were accepted, or fails after {@link #WAIT}. */
    private static List<ConsumerRecord<String, String>> records(String topic, String key, int count,
            Predicate<ConsumerRecord<String, String>> accept) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap(), "group.id", "test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key()) && found.size() < count && accept.test(r)) {
                        found.add(r);
                    }
                }
            }
        }
        if (found.size() < count) {
            throw new AssertionError("only " + found.size() + " of " + count + " expected records on " + topic + " for key " + key);
        }
        return found;
    }

    private static JsonNode json(String value) {
        try {
            return MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
