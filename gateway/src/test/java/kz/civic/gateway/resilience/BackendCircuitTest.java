package kz.civic.gateway.resilience;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import kz.civic.gateway.FakeBackends;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code flaky} backend of {@link FakeBackends} (breaker: 3 failures, open for 3 s) on a port
 * where this test starts and stops a {@link SwitchableBackend}: it fails, the breaker opens, the
 * backend recovers, the breaker closes.
 */
@QuarkusTest
@WithTestResource(FakeBackends.class)
class BackendCircuitTest {

    private static final String PATH = "/api/v1/flaky/things";
    /** Generous: the machine running the tests may be busy; the breaker's own times are 3 s. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "gateway.backends.flaky.url")
    URI url;

    private SwitchableBackend backend;

    @BeforeEach
    void closeTheBreaker() throws Exception {
        backend = new SwitchableBackend(url.getPort());
        backend.start();
        await().atMost(PATIENCE).until(() -> given().get(PATH).statusCode() == 200);
    }

    @AfterEach
    void stopTheBackend() throws Exception {
        backend.close();
    }

    @Test
    void opensAfterConsecutiveFailuresAndClosesWhenTheBackendRecovers() throws Exception {
        backend.stop();
        for (int i = 0; i < 3; i++) {
            given().when().get(PATH)
                    .then().statusCode(503)
                    .body("detail", equalTo("flaky is not reachable"));
        }
        backend.start();
        int before = backend.requests();
        given().when().get(PATH)
                .then().statusCode(503)
                .time(lessThan(2000L), TimeUnit.MILLISECONDS)
                .contentType("application/problem+json")
                .header("Retry-After", oneOf("1", "2", "3"))
                .body("type", equalTo("/problems/upstream-unavailable"))
                .body("status", equalTo(503))
                .body("detail", startsWith("flaky is failing; calls to it resume in"))
                .body("instance", equalTo(PATH))
                .body("requestId", notNullValue());
        assertEquals(before, backend.requests(), "an open breaker sends nothing to the backend");
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("gateway_backend_circuit_open{backend=\"flaky\"} 1.0"));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get(PATH).statusCode() == 200);
        given().when().get(PATH).then().statusCode(200).body("ok", equalTo(true));
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("gateway_backend_circuit_open{backend=\"flaky\"} 0.0"));
    }

    @Test
    void aFailedProbeOpensTheBreakerAgainAtOnce() throws Exception {
        backend.stop();
        for (int i = 0; i < 3; i++) {
            given().when().get(PATH).then().statusCode(503).body("detail", equalTo("flaky is not reachable"));
        }
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> "flaky is not reachable".equals(given().get(PATH).path("detail")));
        given().when().get(PATH)
                .then().statusCode(503)
                .header("Retry-After", oneOf("1", "2", "3"))
                .body("detail", startsWith("flaky is failing"));
    }

    @Test
    void requestsReuseKeepAliveConnections() {
        int connections = backend.connections();
        int requests = backend.requests();
        for (int i = 0; i < 10; i++) {
            given().when().get(PATH).then().statusCode(200);
        }
        assertEquals(requests + 10, backend.requests());
        assertTrue(backend.connections() - connections <= 1,
                "10 requests one after another took " + (backend.connections() - connections) + " new connections");
    }
}
