package kz.civic.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 acceptance: a request id sent to the gateway appears in the gateway's and the service's log and in the
 * Kafka event the request caused, and the consumer of another service applies that event under the same id.
 */
class RequestIdPropagationIT extends StackIT {

    @Test
    void requestIdReachesTheServiceLogAndTheEvent() throws IOException {
        String requestId = "e2e-rid-" + UUID.randomUUID();
        String bin = randomBin();
        Answer created = send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/ngos"))
                .header("Authorization", "Bearer " + token("registrar"))
                .header("Content-Type", "application/json").header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"bin": "%s", "names": {"ru": "Общественный фонд «Трассировка»"}, "legalForm": "PUBLIC_FOUNDATION",
                         "regionCode": "KZ-75", "registrationDate": "2026-11-02"}""".formatted(bin))));
        assertEquals(201, created.status(), () -> "registration failed: " + created.body());
        assertEquals(requestId, created.raw().headers().firstValue("X-Request-Id").orElse(null));
        String id = created.body().get("id").asText();

        JsonNode event = registeredEvent(id);
        assertEquals("kz.civic.registry.ngo.registered.v1", event.get("type").asText());
        assertEquals(requestId, event.get("requestid").asText(), "the event carries the request id");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertTrue(log("gateway").contains("rid=" + requestId), "gateway access log");
            assertTrue(log("registry-service").contains("rid=" + requestId), "registry's log");
        });
    }

    private static String log(String component) throws IOException {
        return Files.readString(dataDir.resolve("logs").resolve(component + ".log"));
    }

    private static JsonNode registeredEvent(String ngoId) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("registry.ngos"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (ngoId.equals(record.key())) {
                        return JSON.readTree(record.value());
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no event for NGO " + ngoId + " on registry.ngos within 30 s");
    }

    /** A BIN of a legal entity registered in November 2026 with a valid check digit (the register checks it). */
    static String randomBin() {
        while (true) {
            StringBuilder bin = new StringBuilder("261140");
            for (int i = 0; i < 5; i++) {
                bin.append(ThreadLocalRandom.current().nextInt(10));
            }
            int check = checkDigit(bin);
            if (check < 10) {
                return bin.append(check).toString();
            }
        }
    }

    private static int checkDigit(CharSequence first11) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (i + 1) * (first11.charAt(i) - '0');
        }
        int check = sum % 11;
        if (check == 10) {
            sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += ((i + 2) % 11 + 1) * (first11.charAt(i) - '0');
            }
            check = sum % 11;
        }
        return check;
    }
}
