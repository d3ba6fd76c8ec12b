package kz.civic.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(InfraTestResource.class)
class HttpConventionsTest {

    @Inject
    DataSource dataSource;

    @Test
    void sameIdempotencyKeyAndBodyReplaysTheFirstAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "idem-" + key;
        Response first = given().header("Idempotency-Key", key).contentType("application/json")
                .body("{\"name\":\"" + name + "\"}").post("/widgets");
        Response second = given().header("Idempotency-Key", key).contentType("application/json")
                .body("{\"name\":\"" + name + "\"}").post("/widgets");
        assertEquals(201, first.statusCode());
        assertEquals(201, second.statusCode());
        assertEquals(first.jsonPath().getString("id"), second.jsonPath().getString("id"));
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals("true", second.header("Idempotency-Replayed"));
        assertEquals(1, count("SELECT count(*) FROM widget WHERE name = ?", name));
    }

    @Test
    void aReplayIsByteIdenticalToTheFirstAnswer() {
        // issue 16: the replay answered application/json without charset and Connection: close
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"replay-" + key + "\"}";
        Response first = given().header("Idempotency-Key", key).header("Accept-Language", "kk")
                .contentType("application/json").body(body).post("/widgets");
        Response second = given().header("Idempotency-Key", key).header("Accept-Language", "kk")
                .contentType("application/json").body(body).post("/widgets");
        assertEquals(201, first.statusCode());
        assertEquals(first.statusCode(), second.statusCode());
        for (String header : List.of("Content-Type", "Location", "ETag", "Content-Language", "Link", "Cache-Control",
                "Connection", "Content-Length", "Vary")) {
            assertEquals(first.header(header), second.header(header), header);
        }
        assertTrue(first.header("Content-Type").toLowerCase(java.util.Locale.ROOT).contains("charset=utf-8"),
                first.header("Content-Type"));
        assertEquals(null, second.header("Connection"));
        assertTrue(java.util.Arrays.equals(first.asByteArray(), second.asByteArray()), second.asString());
        assertEquals("true", second.header("Idempotency-Replayed"));
    }

    @Test
    void sameKeyWithDifferentBodyIs422() {
        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key).contentType("application/json").body("{\"name\":\"one\"}")
                .post("/widgets").then().statusCode(201);
        given().header("Idempotency-Key", key).contentType("application/json").body("{\"name\":\"two\"}")
                .post("/widgets").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-mismatch"));
    }

    @Test
    void sameKeyWhileFirstIsInFlightIs409AndOnlyOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "slow-" + key;
        String body = "{\"name\":\"" + name + "\",\"delayMs\":1500}";
        CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(() -> given().header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/widgets").statusCode());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", key) == 1);
        given().header("Idempotency-Key", key).contentType("application/json").body(body).post("/widgets")
                .then().statusCode(409).body("type", equalTo("/problems/idempotency-in-flight"));
        assertEquals(201, slow.get());
        assertEquals(1, count("SELECT count(*) FROM widget WHERE name = ?", name));
    }

    @Test
    void failedRequestReleasesTheKey() throws Exception {
        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key).contentType("application/json").body("{\"name\":\"f\",\"fail\":true}")
                .post("/widgets").then().statusCode(422);
        assertEquals(0, count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", key));
    }

    @Test
    void etagDrivesConditionalGetAndUpdates() {
        Response created = given().contentType("application/json").body("{\"name\":\"etag\"}").post("/widgets");
        String location = created.header("Location");
        String etag = created.header("ETag");
        assertEquals("\"0\"", etag);
        given().get(location).then().statusCode(200).header("ETag", etag);
        given().header("If-None-Match", etag).get(location).then().statusCode(304);
        String admin = Jwt.subject("root").groups("admin").audience("civic-api").sign();
        given().auth().oauth2(admin).contentType("application/json").body("{\"name\":\"n\"}").put(location)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(admin).header("If-Match", "\"7\"").contentType("application/json")
                .body("{\"name\":\"n\"}").put(location)
                .then().statusCode(412).contentType("application/problem+json").body("currentEtag", equalTo("\"0\""));
        given().auth().oauth2(admin).header("If-Match", etag).contentType("application/json")
                .body("{\"name\":\"n\"}").put(location)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("n"));
        given().header("If-None-Match", etag).get(location).then().statusCode(200);
    }

    @Test
    void concurrentUpdatesWithTheSameEtagHaveOneWinner() throws Exception {
        String location = given().contentType("application/json").body("{\"name\":\"race\"}").post("/widgets")
                .header("Location");
        String admin = Jwt.subject("root").groups("admin").audience("civic-api").sign();
        List<CompletableFuture<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            racers.add(CompletableFuture.supplyAsync(() -> given().auth().oauth2(admin).header("If-Match", "\"0\"")
                    .contentType("application/json").body("{\"name\":\"r" + n + "\"}").put(location).statusCode()));
        }
        long winners = 0;
        for (CompletableFuture<Integer> r : racers) {
            int status = r.get();
            assertTrue(status == 200 || status == 412, "unexpected " + status);
            winners += status == 200 ? 1 : 0;
        }
        assertEquals(1, winners);
        given().get(location).then().header("ETag", "\"1\"");
    }

    @Test
    void cursorPaginationWalksEveryItemOnce() throws Exception {
        for (int i = 0; i < 7; i++) {
            given().contentType("application/json").body("{\"name\":\"page\"}").post("/widgets").then().statusCode(201);
        }
        int total = (int) count("SELECT count(*) FROM widget WHERE ? = ?", "x", "x");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/widgets");
            assertEquals(200, page.statusCode());
            seen.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("nextCursor");
            if (cursor != null) {
                assertNotNull(page.header("Link"));
                assertTrue(page.header("Link").contains("rel=\"next\""));
            }
            pages++;
        } while (cursor != null && pages < 1000);
        assertEquals(total, seen.size());
        assertEquals(total, seen.stream().distinct().count());
        given().queryParam("limit", 500).get("/widgets").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("cursor", "%%%garbage").get("/widgets").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-cursor"));
        given().queryParam("limit", total + 5).get("/widgets").then().statusCode(200)
                .body("items", hasSize(total)).body("nextCursor", nullValue());
    }

    private long count(String sql, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
