package kz.civic.registry.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import kz.civic.infra.testing.InfraTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Tokens, Kafka, schema and row-count helpers of the reference-data tests. */
final class ReferenceTestSupport {

    static final String TOPIC = "registry.government-bodies";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReferenceTestSupport() {
    }

    static String token(String role) {
        return Jwt.subject("user-" + role).groups(role).audience("civic-api").sign();
    }

    /** The first event on registry.government-bodies with this record key and CloudEvents type (30 s at most). */
    static JsonNode awaitEvent(String key, String type) throws IOException {
        Map<String, Object> config = Map.of("bootstrap.servers", InfraTestResource.TestInfra.get().kafka().bootstrapServers(),
                "group.id", "registry-reference-test-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode event = MAPPER.readTree(r.value());
                    if (key.equals(r.key()) && type.equals(event.path("type").asText())) {
                        return event;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " event on " + TOPIC + " for " + key);
    }

    static JsonSchema schema(String type) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("../contracts/events/" + type + ".json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    static long count(DataSource dataSource, String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
