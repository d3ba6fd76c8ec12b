package kz.civic.infra.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filter fails a test whose write answer and read of the same resource differ, and only then. */
class WriteReadConsistencyTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private HttpServer server;
    private final AtomicReference<String> written = new AtomicReference<>();
    private final AtomicReference<String> stored = new AtomicReference<>();
    private final AtomicReference<String> readAuthorization = new AtomicReference<>();
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/things", exchange -> {
            if ("POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Location", "/api/v1/things/1");
                answer(exchange, 201, written.get());
            } else {
                reads.incrementAndGet();
                readAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
                answer(exchange, 200, stored.get());
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private RequestSpecification given() {
        return RestAssured.given().filter(new WriteReadConsistency(true))
                .baseUri("http://127.0.0.1:" + server.getAddress().getPort())
                .header("Authorization", "Bearer t").contentType("application/json").body("{}");
    }

    @Test
    void anInstantWithAnotherOffsetAndPrecisionFails() {
        written.set("{\"id\":\"1\",\"createdAt\":\"2026-12-06T07:39:10.1234567+05:00\"}");
        stored.set("{\"id\":\"1\",\"createdAt\":\"2026-12-06T02:39:10.123457Z\",\"version\":0}");
        AssertionError error = assertThrows(AssertionError.class, () -> given().post("/api/v1/things"));
        assertTrue(error.getMessage().contains("createdAt"), error.getMessage());
        assertEquals("Bearer t", readAuthorization.get());
    }

    @Test
    void theReadCarriesTheTokenOfAuthOauth2() {
        written.set("{\"id\":\"1\"}");
        stored.set("{\"id\":\"1\"}");
        RestAssured.given().filter(new WriteReadConsistency(true))
                .baseUri("http://127.0.0.1:" + server.getAddress().getPort()).auth().oauth2("token-2")
                .contentType("application/json").body("{}").post("/api/v1/things").then().statusCode(201);
        assertEquals("Bearer token-2", readAuthorization.get());
    }

    @Test
    void anAmountWithAnotherScaleFails() {
        written.set("{\"id\":\"1\",\"amount\":{\"amount\":4000000,\"currency\":\"KZT\"}}");
        stored.set("{\"id\":\"1\",\"amount\":{\"amount\":4000000.00,\"currency\":\"KZT\"}}");
        AssertionError error = assertThrows(AssertionError.class, () -> given().post("/api/v1/things"));
        assertTrue(error.getMessage().contains("amount.amount"), error.getMessage());
    }

    @Test
    void aMemberMissingFromTheReadFails() {
        written.set("{\"id\":\"1\",\"weight\":1.000}");
        stored.set("{\"id\":\"1\"}");
        assertThrows(AssertionError.class, () -> given().post("/api/v1/things"));
    }

    @Test
    void theSameTextPasses() {
        written.set("{\"id\":\"1\",\"createdAt\":\"2026-12-06T02:39:10.123400Z\",\"weight\":1.000,"
                + "\"spheres\":[\"A\",\"B\"]}");
        stored.set("{\"id\":\"1\",\"createdAt\":\"2026-12-06T02:39:10.123400Z\",\"weight\":1.000,"
                + "\"spheres\":[\"B\",\"A\"],\"etagOnlyInRead\":3}");
        given().post("/api/v1/things").then().statusCode(201);
        assertEquals(1, reads.get());
    }

    @Test
    void differencesNameEveryPath() throws IOException {
        List<String> found = WriteReadConsistency.differences(
                JSON.readTree("{\"a\":1,\"b\":{\"c\":\"x\"},\"d\":[1.0]}"),
                JSON.readTree("{\"a\":1.0,\"b\":{\"c\":\"y\"},\"d\":[1.00]}"));
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("a:"), found.toString());
        assertTrue(found.get(1).startsWith("b.c:"), found.toString());
        assertTrue(found.get(2).startsWith("d[0]:"), found.toString());
    }
}
