package kz.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With tracing on (the test profile), the gateway continues the client's W3C trace: the service
 * receives the same trace id under the gateway's own span, a request without a trace starts one, and
 * the gateway's span carries the request id.
 */
@QuarkusTest
@WithTestResource(FakeBackends.class)
class TracingTest {

    @Inject
    InMemorySpanExporter spans;

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CLIENT_SPAN = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]";

    @Test
    void theServiceContinuesTheClientsTraceUnderTheGatewaysSpan() {
        String forwarded = given().header("traceparent", "00-" + TRACE_ID + "-" + CLIENT_SPAN + "-01")
                .when().get("/api/v1/forums")
                .then().statusCode(200)
                .extract().path("headers.traceparent");
        assertThat(forwarded, matchesPattern(TRACEPARENT));
        assertThat(forwarded, startsWith("00-" + TRACE_ID + "-"));
        assertThat("the parent is the gateway's span, not the client's", forwarded,
                not(startsWith("00-" + TRACE_ID + "-" + CLIENT_SPAN)));
    }

    @Test
    void theGatewaysServerSpanCarriesTheRequestId() {
        String requestId = "trace-" + UUID.randomUUID();
        given().header(RequestIds.HEADER, requestId).when().get("/api/v1/forums").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.SERVER)
                .map(span -> span.getAttributes().get(RequestIds.SPAN_ATTRIBUTE))
                .toList(), hasItem(List.of(requestId))));
    }

    @Test
    void aRequestWithoutATraceStartsOne() {
        String forwarded = given().when().get("/api/v1/awards")
                .then().statusCode(200)
                .extract().path("headers.traceparent");
        assertThat(forwarded, matchesPattern(TRACEPARENT));
    }
}
