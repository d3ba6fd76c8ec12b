package kz.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every request leaves one access-log line carrying its request id, whether the client sent one or not. */
@QuarkusTest
@WithTestResource(FakeBackends.class)
class AccessLogTest {

    private static final Logger ACCESS_LOG = Logger.getLogger("io.quarkus.http.access-log");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        ACCESS_LOG.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        ACCESS_LOG.removeHandler(capture);
    }

    @Test
    void theClientsRequestIdIsLogged() {
        given().header(RequestIds.HEADER, "access-log-1").when().get("/api/v1/forums?limit=2").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lines,
                hasItem(matchesPattern(".*\"GET /api/v1/forums\\?limit=2 HTTP/1.1\" 200 \\d+ \\d+ ms rid=access-log-1"))));
    }

    @Test
    void aGeneratedRequestIdIsLoggedToo() {
        String generated = given().when().get("/api/v1/unrouted-access-log").then().statusCode(404)
                .extract().header(RequestIds.HEADER);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lines,
                hasItem(matchesPattern(".*\"GET /api/v1/unrouted-access-log HTTP/1.1\" 404 \\d+ \\d+ ms rid=" + generated))));
    }
}
