package kz.civic.registry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import kz.civic.infra.testing.InfraTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Tokens, NGOs, Kafka events, event contracts and row counts shared by the registry's tests. */
public final class RegistryTestSupport {

    public static final String NGOS_TOPIC = "registry.ngos";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RegistryTestSupport() {
    }

    public static String token(String role) {
        return Jwt.subject("user-" + role).groups(role).audience("civic-api").sign();
    }

    /** A token of the representative of one NGO. */
    public static String ngoToken(String ngoId) {
        return Jwt.subject("rep-" + ngoId).groups("ngo").claim("ngoId", ngoId).audience("civic-api").sign();
    }

    /** Registers an NGO (as the registrar) registered on {@code registrationDate}; returns its id. */
    public static String registerNgo(String registrationDate) {
        String body = """
                {"bin": "%s", "names": {"ru": "Тестовое объединение %s", "kk": "Сынақ бірлестігі"},
                 "legalForm": "PUBLIC_ASSOCIATION", "regionCode": "KZ-75", "registrationDate": "%s"}
                """.formatted(TestBins.random(), UUID.randomUUID(), registrationDate);
        return given().auth().oauth2(token("registrar")).contentType("application/json").body(body)
                .post("/api/v1/ngos").then().statusCode(201).extract().path("id");
    }

    /** The first {@code count} events on {@code topic} with record key {@code key} matching {@code filter} (30 s at most). */
    public static List<JsonNode> events(String topic, String key, int count, Predicate<JsonNode> filter) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        Map<String, Object> config = Map.of("bootstrap.servers", InfraTestResource.TestInfra.get().kafka().bootstrapServers(),
                "group.id", "registry-test-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode event = MAPPER.readTree(r.value());
                    if (key.equals(r.key()) && filter.test(event)) {
                        found.add(event);
                    }
                }
            }
        }
        if (found.size() < count) {
            throw new AssertionError("only " + found.size() + " of " + count + " " + topic + " events for " + key);
        }
        return found;
    }

    /** The events of one CloudEvents type on {@code topic} for {@code key}. */
    public static List<JsonNode> events(String topic, String key, String type, int count) throws IOException {
        return events(topic, key, count, e -> type.equals(e.path("type").asText()));
    }

    public static JsonSchema schema(String type) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("../contracts/events/" + type + ".json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    /** Fails unless the event validates against the contract of its type. */
    public static void assertMatchesContract(JsonNode event) throws IOException {
        String type = event.path("type").asText();
        Set<ValidationMessage> errors = schema(type).validate(event);
        assertTrue(errors.isEmpty(), type + " violates its schema: " + errors);
    }

    public static long count(DataSource dataSource, String sql, Object... args) throws SQLException {
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
