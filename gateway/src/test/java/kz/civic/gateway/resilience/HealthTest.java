package kz.civic.gateway.resilience;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.civic.gateway.FakeBackends;
import org.junit.jupiter.api.Test;

/**
 * Readiness includes the backends of {@link FakeBackends}: registry, forum and slow answer UP,
 * procurement answers 503 (its database check is down), offline and flaky are not reachable, mute
 * does not answer within the 500 ms the test configuration allows.
 */
@QuarkusTest
@WithTestResource(FakeBackends.class)
class HealthTest {

    private static final String CHECK = "checks.find { it.name == 'backends' }";

    @Test
    void livenessIsTheGatewaysOwn() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", not(hasItem("backends")));
    }

    @Test
    void readinessReportsEachBackend() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .contentType("application/json")
                .body("status", equalTo("DOWN"))
                .body(CHECK + ".status", equalTo("DOWN"))
                .body(CHECK + ".data.registry", equalTo("UP"))
                .body(CHECK + ".data.forum", equalTo("UP"))
                .body(CHECK + ".data.slow", equalTo("UP"))
                .body(CHECK + ".data.procurement", equalTo("DOWN: answered 503 (Database connections health check)"))
                .body(CHECK + ".data.offline", equalTo("DOWN: not reachable"))
                .body(CHECK + ".data.mute", equalTo("DOWN: no answer within 500 ms"))
                .body(CHECK + ".data['registry.circuit']", equalTo("closed"));
    }

    @Test
    void theOverallHealthIncludesReadiness() {
        given().when().get("/q/health")
                .then().statusCode(503)
                .body(CHECK + ".data.registry", equalTo("UP"))
                .body(CHECK + ".data.offline", equalTo("DOWN: not reachable"));
    }

    @Test
    void backendAnswersAreReusedForAWhile() {
        given().when().get("/q/health/ready").then().statusCode(503);
        int before = readinessCallsOfForum();
        for (int i = 0; i < 5; i++) {
            given().when().get("/q/health/ready").then().statusCode(503).body(CHECK + ".data.forum", equalTo("UP"));
        }
        // Cached for 5 s: at most one more call, should the cache have expired in between.
        int after = readinessCallsOfForum();
        assertTrue(after - before <= 1,
                "5 readiness probes of the gateway asked forum " + (after - before) + " times");
    }

    private static int readinessCallsOfForum() {
        return given().when().get("/api/v1/forum/_readiness-calls").then().statusCode(200).extract().path("calls");
    }
}
