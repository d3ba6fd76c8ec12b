package kz.civic.platform.observability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.infra.testing.TestKafka;
import kz.civic.platform.testapp.WidgetService;
import org.junit.jupiter.api.Test;

/**
 * Traces and metrics of the event plumbing (issue 6 item 8): the trace of an HTTP request continues through the
 * outbox event into the consumer's span, and the outbox backlog, publish delay, consumer outcomes and consumer lag
 * are on /q/metrics. The test profile traces into memory.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class EventObservabilityTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-01");

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theConsumersSpanContinuesTheTraceOfTheRequestThatWroteTheEvent() {
        String requestId = "trace-" + UUID.randomUUID();
        String id = given().contentType("application/json").header("traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01")
                .header("X-Request-Id", requestId).body("{\"name\":\"traced-" + UUID.randomUUID() + "\"}")
                .post("/widgets").then().statusCode(201).extract().path("id");

        JsonNode event = TestKafka.events(WidgetService.TOPIC, id, 1).get(0);
        Matcher traceparent = TRACEPARENT.matcher(event.path("traceparent").asText());
        assertThat("the event carries the trace of the request", traceparent.matches());
        assertEquals(TRACE_ID, traceparent.group(1));
        String writerSpan = traceparent.group(2);

        SpanData consumer = await().atMost(Duration.ofSeconds(20)).until(() -> consumerSpan(event.path("id").asText()),
                java.util.Objects::nonNull);
        assertEquals(TRACE_ID, consumer.getTraceId(), "same trace as the HTTP request");
        assertEquals(writerSpan, consumer.getParentSpanId(), "parent = the span that wrote the event");
        assertEquals("process " + WidgetService.TOPIC, consumer.getName());
        assertEquals(List.of(requestId), consumer.getAttributes().get(AttributeKey.stringArrayKey("http.request.header.x-request-id")));
        assertThat("the writer span is the service's server span", spans.getFinishedSpanItems().stream()
                .anyMatch(s -> s.getSpanId().equals(writerSpan) && s.getKind() == SpanKind.SERVER));
    }

    @Test
    void outboxAndConsumerMetricsArePublished() {
        String id = given().contentType("application/json").body("{\"name\":\"metered-" + UUID.randomUUID() + "\"}")
                .post("/widgets").then().statusCode(201).extract().path("id");
        TestKafka.events(WidgetService.TOPIC, id, 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics, matchesPattern("(?s).*\\ncivic_outbox_pending [0-9.E]+\\n.*"));
            assertThat(metrics, containsString("civic_outbox_oldest_pending_seconds"));
            assertThat(metrics, matchesPattern("(?s).*\\ncivic_outbox_published_total [1-9][0-9.E]*\\n.*"));
            assertThat(metrics, containsString("civic_outbox_publish_delay_seconds_bucket"));
            assertThat(metrics, matchesPattern("(?s).*civic_inbox_events_total\\{[^}]*outcome=\"applied\"[^}]*} [1-9].*"));
            assertThat("consumer lag", metrics, containsString("kafka_consumer_fetch_manager_records_lag_max"));
        });
    }

    private SpanData consumerSpan(String eventId) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.CONSUMER)
                .filter(s -> eventId.equals(s.getAttributes().get(AttributeKey.stringKey("messaging.message.id"))))
                .findFirst().orElse(null);
    }
}
