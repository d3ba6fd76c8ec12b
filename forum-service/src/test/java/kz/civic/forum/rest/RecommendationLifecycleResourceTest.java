package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.forum.support.Recommendations.body;
import static kz.civic.forum.support.Recommendations.change;
import static kz.civic.forum.support.Recommendations.changeTo;
import static kz.civic.forum.support.Recommendations.create;
import static kz.civic.forum.support.Recommendations.etag;
import static kz.civic.forum.support.Recommendations.inStatus;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.support.Db;
import kz.civic.infra.testing.TestKafka;
import kz.civic.forum.support.Lifecycle;
import kz.civic.forum.support.Recommendations;
import kz.civic.forum.support.RegistryEvents;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class RecommendationLifecycleResourceTest {

    private static String status(String id) {
        return (String) Db.row("SELECT status FROM recommendation WHERE id = ?::uuid", id).get("status");
    }

    private static long historyRows(String id) {
        return Db.count("SELECT count(*) FROM recommendation_status_change WHERE recommendation_id = ?::uuid", id);
    }

    @Test
    void everyForbiddenTransitionIs409WithTheAllowedOnesAndChangesNothing() {
        for (RecommendationStatus from : RecommendationStatus.values()) {
            String id = inStatus(from);
            String etag = etag(id);
            long history = historyRows(id);
            Set<RecommendationStatus> forbidden = EnumSet.allOf(RecommendationStatus.class);
            forbidden.removeAll(Lifecycle.ALLOWED.get(from));
            List<String> allowed = Lifecycle.ALLOWED.get(from).stream().map(Enum::name).toList();
            for (RecommendationStatus to : forbidden) {
                change(id, etag, changeTo(to)).then().statusCode(409).contentType("application/problem+json")
                        .body("type", equalTo("/problems/illegal-transition"))
                        .body("allowed", containsInAnyOrder(allowed.toArray()));
            }
            given().get("/api/v1/recommendations/" + id).then().body("status", equalTo(from.name())).header("ETag", etag);
            assertEquals(from.name(), status(id));
            assertEquals(history, historyRows(id));
        }
    }

    @Test
    void everyAllowedTransitionSucceedsAndIsRecorded() {
        for (RecommendationStatus from : RecommendationStatus.values()) {
            for (RecommendationStatus to : Lifecycle.ALLOWED.get(from)) {
                String id = inStatus(from);
                Recommendations.prepareFor(id, to);
                long history = historyRows(id);
                change(id, etag(id), changeTo(to)).then().statusCode(200).body("status", equalTo(to.name()));
                assertEquals(to.name(), status(id), from + " -> " + to);
                assertEquals(history + 1, historyRows(id));
            }
        }
    }

    @Test
    void historyListsEveryChangeWithReasonTimeAndActorForStaff() {
        String id = inStatus(RecommendationStatus.IMPLEMENTED);
        given().get("/api/v1/recommendations/" + id + "/history").then().statusCode(200)
                .body("items.to", contains("DRAFT", "SUBMITTED", "ACCEPTED", "IN_PROGRESS", "IMPLEMENTED"))
                .body("items[0].from", nullValue()).body("items[1].from", equalTo("DRAFT"))
                .body("items[2].reason", equalTo("decided at the forum")).body("items[2].actor", nullValue())
                .body("items.version", contains(0, 1, 2, 3, 4));
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/recommendations/" + id + "/history?limit=2").then()
                .body("items", hasSize(2)).body("items[1].actor", equalTo("user-forum-secretariat"));
        String next = given().get("/api/v1/recommendations/" + id + "/history?limit=3").then().extract().path("nextCursor");
        given().get("/api/v1/recommendations/" + id + "/history?limit=3&cursor=" + next).then()
                .body("items.to", contains("IN_PROGRESS", "IMPLEMENTED"));
    }

    @Test
    void submissionRecordsTheTimeAndTheResponseDeadline() {
        String id = create(body());
        String submittedAt = change(id, "\"0\"", changeTo(RecommendationStatus.SUBMITTED)).then().statusCode(200)
                .extract().path("submittedAt");
        LocalDate expected = OffsetDateTime.parse(submittedAt).atZoneSameInstant(ZoneId.of("Asia/Almaty")).toLocalDate()
                .plusDays(30);
        given().get("/api/v1/recommendations/" + id).then().body("responseDueDate", equalTo(expected.toString()));
        assertEquals(expected, ((java.sql.Date) Db.row("SELECT response_due_date FROM recommendation WHERE id = ?::uuid", id)
                .get("response_due_date")).toLocalDate());
    }

    @Test
    void anAuthorWoundUpSinceDraftingBlocksTheSubmission() {
        String ngo = RegistryEvents.ngo("ACTIVE").toString();
        Map<String, Object> body = body();
        body.put("authorNgoIds", List.of(ngo));
        String id = create(body);
        String eventId = UUID.randomUUID().toString();
        TestKafka.send(RegistryEvents.NGOS, ngo, RegistryEvents.ngoStatusChanged(eventId, ngo, 2, "ACTIVE", "LIQUIDATING"));
        RegistryEvents.awaitApplied(eventId);
        change(id, "\"0\"", changeTo(RecommendationStatus.SUBMITTED)).then().statusCode(422)
                .body("type", equalTo("/problems/ngo-wound-up")).body("ngoId", equalTo(ngo));
        assertEquals("DRAFT", status(id));
        assertEquals(0, Db.count("SELECT count(*) FROM outbox_event WHERE record_key = ?", id));
    }

    @Test
    void preconditionsAndRolesAreEnforced() {
        String id = create(body());
        String submit = "{\"to\":\"SUBMITTED\"}";
        given().auth().oauth2(Tokens.secretariat()).contentType("application/json").body(submit)
                .post("/api/v1/recommendations/" + id + "/status-changes").then().statusCode(428);
        given().auth().oauth2(Tokens.secretariat()).header("If-Match", "\"5\"").contentType("application/json").body(submit)
                .post("/api/v1/recommendations/" + id + "/status-changes").then().statusCode(412);
        given().header("If-Match", "\"0\"").contentType("application/json").body(submit)
                .post("/api/v1/recommendations/" + id + "/status-changes").then().statusCode(401);
        for (String role : List.of("ngo", "agency", "analyst")) {
            given().auth().oauth2(Tokens.of(role)).header("If-Match", "\"0\"").contentType("application/json").body(submit)
                    .post("/api/v1/recommendations/" + id + "/status-changes").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.secretariat()).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"to\":\"ARCHIVED\"}").post("/api/v1/recommendations/" + id + "/status-changes")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.secretariat()).header("If-Match", "\"0\"").contentType("application/json").body(submit)
                .post("/api/v1/recommendations/" + UUID.randomUUID() + "/status-changes").then().statusCode(404);
        assertEquals("DRAFT", status(id));
        assertEquals(1, historyRows(id));
        given().auth().oauth2(Tokens.of("admin")).header("If-Match", "\"0\"").contentType("application/json").body(submit)
                .post("/api/v1/recommendations/" + id + "/status-changes").then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void concurrentChangesWithTheSameEtagHaveExactlyOneWinner() throws Exception {
        String id = inStatus(RecommendationStatus.SUBMITTED);
        String etag = etag(id);
        List<CompletableFuture<Integer>> racers = new ArrayList<>();
        for (RecommendationStatus to : List.of(RecommendationStatus.ACCEPTED, RecommendationStatus.DECLINED,
                RecommendationStatus.ACCEPTED, RecommendationStatus.DECLINED, RecommendationStatus.ACCEPTED)) {
            racers.add(CompletableFuture.supplyAsync(() -> change(id, etag, changeTo(to)).statusCode()));
        }
        int winners = 0;
        for (CompletableFuture<Integer> racer : racers) {
            int status = racer.get();
            assertTrue(status == 200 || status == 412, "unexpected " + status);
            winners += status == 200 ? 1 : 0;
        }
        assertEquals(1, winners);
        assertEquals(3, historyRows(id));
        assertEquals(2, Db.count("SELECT count(*) FROM outbox_event WHERE record_key = ?", id));
    }
}
