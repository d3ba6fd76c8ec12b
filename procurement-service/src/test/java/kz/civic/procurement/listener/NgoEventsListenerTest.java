package kz.civic.procurement.listener;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import kz.civic.infra.testing.InfraTestResource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class NgoEventsListenerTest {

    private static String event(String eventId, String ngoId, long version, String status) {
        return """
                {"specversion":"1.0","id":"%s","source":"/registry-service","type":"kz.civic.registry.ngo.registered.v1",
                 "subject":"%s","time":"2026-11-25T10:00:00+05:00","datacontenttype":"application/json",
                 "data":{"ngoId":"%s","bin":"940140000385","legacy":false,"names":{"ru":"Фонд","kk":"Қор"},
                 "legalForm":"PUBLIC_FOUNDATION","eligibleForStateNgoFunding":true,"regionCode":"KZ-75",
                 "registrationDate":"2020-01-01","status":"%s","version":%d}}
                """.formatted(eventId, ngoId, ngoId, status, version);
    }

    private static void send(String key, String value) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers",
                InfraTestResource.TestInfra.get().kafka().bootstrapServers(), "acks", "all");
        try (KafkaProducer<String, String> p = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>("registry.ngos", key, value)).get();
        }
    }

    @Test
    void registeredEventCreatesReplica() throws Exception {
        String ngoId = UUID.randomUUID().toString();
        send(ngoId, event(UUID.randomUUID().toString(), ngoId, 0, "REGISTERED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/procurement/ngos/" + ngoId).then().statusCode(200)
                        .body("status", equalTo("REGISTERED")).body("names.ru", equalTo("Фонд"))
                        .body("regionCode", equalTo("KZ-75")).header("ETag", "\"0\""));
    }

    @Test
    void olderEventArrivingLateDoesNotRollStateBack() throws Exception {
        String ngoId = UUID.randomUUID().toString();
        send(ngoId, event(UUID.randomUUID().toString(), ngoId, 3, "ACTIVE"));
        send(ngoId, event(UUID.randomUUID().toString(), ngoId, 1, "REGISTERED"));
        String marker = UUID.randomUUID().toString();
        send(marker, event(UUID.randomUUID().toString(), marker, 0, "REGISTERED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/procurement/ngos/" + marker).then().statusCode(200));
        given().get("/api/v1/procurement/ngos/" + ngoId).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("sourceVersion", equalTo(3));
    }

    @Test
    void statusChangedEventMovesReplicaStatusOnce() throws Exception {
        String ngoId = UUID.randomUUID().toString();
        send(ngoId, event(UUID.randomUUID().toString(), ngoId, 0, "REGISTERED"));
        String change = """
                {"specversion":"1.0","id":"%s","source":"/registry-service","type":"kz.civic.registry.ngo.status-changed.v1",
                 "subject":"%s","time":"2026-11-25T10:00:00+05:00","datacontenttype":"application/json",
                 "data":{"ngoId":"%s","bin":"940140000385","from":"REGISTERED","to":"ACTIVE","reason":"checked",
                 "changedAt":"2026-11-25T10:00:00+05:00","version":1}}
                """.formatted(UUID.randomUUID(), ngoId, ngoId);
        send(ngoId, change);
        send(ngoId, change);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/procurement/ngos/" + ngoId).then().statusCode(200)
                        .body("status", equalTo("ACTIVE")).body("sourceVersion", equalTo(1)));
    }

    @Test
    void unknownNgoIs404ProblemJson() {
        given().get("/api/v1/procurement/ngos/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
