package kz.civic.registry;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import io.smallrye.jwt.build.Jwt;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import kz.civic.infra.testing.EventContracts;
import kz.civic.infra.testing.TestKafka;

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
                """.formatted(TestBins.registeredOn(LocalDate.parse(registrationDate)), UUID.randomUUID(), registrationDate);
        return given().auth().oauth2(token("registrar")).contentType("application/json").body(body)
                .post("/api/v1/ngos").then().statusCode(201).extract().path("id");
    }

    /** The first {@code count} events on {@code topic} with record key {@code key} matching {@code filter} (30 s at most). */
    public static List<JsonNode> events(String topic, String key, int count, Predicate<JsonNode> filter) {
        return TestKafka.events(topic, key, count, filter);
    }

    /** The events of one CloudEvents type on {@code topic} for {@code key}. */
    public static List<JsonNode> events(String topic, String key, String type, int count) {
        return TestKafka.events(topic, key, type, count);
    }

    public static JsonSchema schema(String type) {
        return EventContracts.schema(type);
    }

    /** Fails unless the event validates against the contract of its type. */
    public static void assertMatchesContract(JsonNode event) {
        EventContracts.assertConforms(event);
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
