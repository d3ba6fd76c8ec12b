package kz.civic.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The first flow end to end: an NGO registered through the gateway reaches procurement-service's
 * replica through the outbox, Kafka and the inbox consumer.
 */
class NgoRegistrationFlowIT extends StackIT {

    private static final String NGO = """
            {"bin": "940140000385", "names": {"ru": "Гражданский Альянс Казахстана", "kk": "Қазақстанның Азаматтық Альянсы",
             "en": "Civil Alliance of Kazakhstan"}, "legalForm": "ASSOCIATION_OF_LEGAL_ENTITIES",
             "regionCode": "KZ-71", "registrationDate": "2005-07-01"}""";

    @Test
    void registeredNgoArrivesInProcurementReplica() {
        Answer created = post("/api/v1/ngos", token("registrar"), NGO);
        assertEquals(201, created.status(), () -> "registration failed: " + created.body());
        String id = created.body().get("id").asText();
        assertEquals(stack.gatewayUrl() + "/api/v1/ngos/" + id, created.raw().headers().firstValue("Location").orElse(null),
                "Location must point at the gateway, not at the service behind it");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Answer replica = get("/api/v1/procurement/ngos/" + id);
            assertEquals(200, replica.status());
            assertEquals("940140000385", replica.body().get("bin").asText());
            assertEquals("REGISTERED", replica.body().get("status").asText());
        });

        Answer again = post("/api/v1/ngos", token("registrar"), NGO);
        assertEquals(409, again.status());
        assertEquals(id, again.body().get("existingId").asText());
        assertTrue(again.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void statusChangeReachesProcurementReplica() {
        String bin = "990140004654";
        Answer created = post("/api/v1/ngos", token("registrar"), NGO.replace("940140000385", bin));
        assertEquals(201, created.status(), () -> "registration failed: " + created.body());
        String id = created.body().get("id").asText();
        Answer changed = send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/ngos/" + id + "/status-changes"))
                .header("Authorization", "Bearer " + token("registrar")).header("Content-Type", "application/json")
                .header("If-Match", created.raw().headers().firstValue("ETag").orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"ACTIVE\",\"reason\":\"documents checked\"}")));
        assertEquals(200, changed.status(), () -> "status change failed: " + changed.body());

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Answer replica = get("/api/v1/procurement/ngos/" + id);
            assertEquals(200, replica.status());
            assertEquals("ACTIVE", replica.body().get("status").asText());
            assertEquals(1, replica.body().get("sourceVersion").asLong());
        });
    }

    @Test
    void gatewayReachesEveryServiceAndPropagatesRequestId() {
        assertEquals(200, get("/api/v1/ngos?limit=5").status());
        assertEquals(200, get("/api/v1/forums").status());
        assertEquals(404, get("/api/v1/procurement/ngos/00000000-0000-0000-0000-000000000000").status());
        Answer traced = send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/ngos?limit=1"))
                .header("X-Request-Id", "e2e-trace-1").GET());
        assertEquals("e2e-trace-1", traced.raw().headers().firstValue("X-Request-Id").orElse(null));
        assertEquals(200, get("/q/health").status());
    }

    @Test
    void writesNeedAToken() {
        Answer anonymous = post("/api/v1/ngos", null, NGO);
        assertEquals(401, anonymous.status());
    }
}
