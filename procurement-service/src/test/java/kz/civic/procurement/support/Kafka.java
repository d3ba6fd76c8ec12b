package kz.civic.procurement.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.infra.testing.InfraTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Produces and reads records on the test broker. */
public final class Kafka {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Kafka() {
    }

    private static String bootstrap() {
        return InfraTestResource.TestInfra.get().kafka().bootstrapServers();
    }

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
        List<JsonNode> found = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records(topic, key, count)) {
            try {
                found.add(MAPPER.readTree(r.value()));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** The value of header {@code name} of the first record on {@code topic} with key {@code key}. */
    public static String header(String topic, String key, String name) {
        Header header = records(topic, key, 1).get(0).headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, String>> records(String topic, String key, int count) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap(), "group.id", "procurement-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(1)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                }
                return found.size() >= count;
            });
        }
        return found;
    }
}
