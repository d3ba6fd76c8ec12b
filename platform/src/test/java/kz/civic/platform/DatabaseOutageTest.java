package kz.civic.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import kz.civic.infra.EmbeddedPostgresServer;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * Regression (fault drill): while PostgreSQL was down or starting up, writes answered 500 "unexpected error".
 * The database being unreachable is transient and changes nothing, so the answer is 503 problem+json with
 * Retry-After, and the same request succeeds once the database is back.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class DatabaseOutageTest {

    @Test
    void writesAnswer503WithRetryAfterWhileTheDatabaseIsDown() {
        EmbeddedPostgresServer postgres = InfraTestResource.TestInfra.get().postgres();
        String body = "{\"name\":\"outage-" + UUID.randomUUID() + "\"}";
        postgres.kill();
        try {
            given().contentType("application/json").body(body).post("/widgets").then()
                    .statusCode(503)
                    .contentType(startsWith("application/problem+json"))
                    .header("Retry-After", "1")
                    .body("type", equalTo("/problems/database-unavailable"));
        } finally {
            postgres.restart();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().contentType("application/json").body(body).post("/widgets").statusCode() == 201);
    }
}
