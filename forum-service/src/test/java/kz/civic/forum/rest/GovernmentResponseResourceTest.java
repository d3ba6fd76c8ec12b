package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.forum.support.Recommendations.addressedTo;
import static kz.civic.forum.support.Recommendations.change;
import static kz.civic.forum.support.Recommendations.dueDaysAgo;
import static kz.civic.forum.support.Recommendations.etag;
import static kz.civic.forum.support.Recommendations.inStatus;
import static kz.civic.forum.support.Recommendations.rowsWritten;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.support.Db;
import kz.civic.forum.support.Fixtures;
import kz.civic.forum.support.Recommendations;
import kz.civic.forum.support.Recommendations.World;
import kz.civic.forum.support.RegistryEvents;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class GovernmentResponseResourceTest {

    private static Map<String, Object> answer(String position) {
        Map<String, Object> body = new HashMap<>();
        body.put("position", position);
        body.put("text", Map.of("ru", "Министерство поддерживает рекомендацию", "en", "The ministry supports it"));
        return body;
    }

    static Response respond(String id, String token, Map<String, Object> body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/api/v1/recommendations/" + id + "/responses");
    }

    private static long responses(String id) {
        return Db.count("SELECT count(*) FROM recommendation_response WHERE recommendation_id = ?::uuid", id);
    }

    @Test
    void anAddressedAgencyAnswersOnTimeAndMayAnswerAgain() {
        World w = Recommendations.world();
        String id = inStatus(RecommendationStatus.SUBMITTED);
        String location = respond(id, Tokens.agency(w.centralBodyId()), answer("PARTIALLY_SUPPORTED")).then().statusCode(201)
                .body("recommendationId", equalTo(id)).body("governmentBodyId", equalTo(w.centralBodyId().toString()))
                .body("position", equalTo("PARTIALLY_SUPPORTED")).body("text.en", equalTo("The ministry supports it"))
                .body("onTime", equalTo(true)).body("firstFromBody", equalTo(true)).body("respondedAt", notNullValue())
                .extract().header("Location");
        given().get(location).then().statusCode(200).body("position", equalTo("PARTIALLY_SUPPORTED"));
        assertEquals("\"2\"", etag(id), "an answer is part of the recommendation: its version moves");
        respond(id, Tokens.agency(w.localBodyId()), answer("SUPPORTED")).then().statusCode(201)
                .body("firstFromBody", equalTo(true));
        respond(id, Tokens.agency(w.centralBodyId()), answer("SUPPORTED")).then().statusCode(201)
                .body("firstFromBody", equalTo(false));
        given().get("/api/v1/recommendations/" + id + "/responses").then().statusCode(200)
                .body("items.position", contains("PARTIALLY_SUPPORTED", "SUPPORTED", "SUPPORTED"))
                .body("items.firstFromBody", contains(true, true, false));
        String next = given().get("/api/v1/recommendations/" + id + "/responses?limit=2").then()
                .body("items", hasSize(2)).extract().path("nextCursor");
        given().get("/api/v1/recommendations/" + id + "/responses?limit=2&cursor=" + next).then()
                .body("items", hasSize(1)).body("items[0].firstFromBody", equalTo(false)).body("nextCursor", nullValue());
        Map<String, Object> row = Db.row("SELECT position, on_time, actor FROM recommendation_response "
                + "WHERE recommendation_id = ?::uuid AND first_from_body AND government_body_id = ?", id, w.centralBodyId());
        assertEquals("PARTIALLY_SUPPORTED", row.get("position"));
        assertEquals(true, row.get("on_time"));
        assertEquals("user-agency-" + w.centralBodyId(), row.get("actor"));
    }

    @Test
    void anAgencyCannotAnswerForAnotherBody() {
        World w = Recommendations.world();
        UUID stranger = RegistryEvents.governmentBody("CENTRAL");
        String id = inStatus(RecommendationStatus.SUBMITTED);
        long rows = rowsWritten();
        respond(id, Tokens.agency(stranger), answer("SUPPORTED")).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-an-addressee"));
        Map<String, Object> onBehalf = answer("SUPPORTED");
        onBehalf.put("governmentBodyId", w.centralBodyId().toString());
        respond(id, Tokens.agency(stranger), onBehalf).then().statusCode(403).body("type", equalTo("/problems/not-an-addressee"));
        Map<String, Object> otherAddressee = answer("SUPPORTED");
        otherAddressee.put("governmentBodyId", w.localBodyId().toString());
        respond(id, Tokens.agency(w.centralBodyId()), otherAddressee).then().statusCode(403);
        respond(id, Tokens.of("agency"), answer("SUPPORTED")).then().statusCode(403)
                .body("type", equalTo("/problems/agency-not-bound"));
        respond(id, Tokens.ngo(w.ngoId()), answer("SUPPORTED")).then().statusCode(403);
        respond(id, Tokens.of("analyst"), answer("SUPPORTED")).then().statusCode(403);
        respond(id, null, answer("SUPPORTED")).then().statusCode(401);
        assertEquals(rows, rowsWritten());
        assertEquals("\"1\"", etag(id));
    }

    @Test
    void theSecretariatRecordsAnAnswerOnBehalfOfAnAddressedBody() {
        World w = Recommendations.world();
        String id = inStatus(RecommendationStatus.SUBMITTED);
        long rows = rowsWritten();
        respond(id, Tokens.secretariat(), answer("SUPPORTED")).then().statusCode(422)
                .body("type", equalTo("/problems/government-body-required")).body("errors[0].field", equalTo("governmentBodyId"));
        Map<String, Object> stranger = answer("SUPPORTED");
        stranger.put("governmentBodyId", UUID.randomUUID().toString());
        respond(id, Tokens.secretariat(), stranger).then().statusCode(422).body("type", equalTo("/problems/not-an-addressee"));
        assertEquals(rows, rowsWritten());
        Map<String, Object> onBehalf = answer("NOT_SUPPORTED");
        onBehalf.put("governmentBodyId", w.localBodyId().toString());
        respond(id, Tokens.secretariat(), onBehalf).then().statusCode(201)
                .body("governmentBodyId", equalTo(w.localBodyId().toString())).body("position", equalTo("NOT_SUPPORTED"));
    }

    @Test
    void onlySubmittedAndNotMergedRecommendationsCanBeAnswered() {
        World w = Recommendations.world();
        for (RecommendationStatus status : RecommendationStatus.values()) {
            String id = inStatus(status);
            long before = responses(id);
            Response answer = respond(id, Tokens.agency(w.centralBodyId()), answer("SUPPORTED"));
            switch (status) {
                case DRAFT -> answer.then().statusCode(409).body("type", equalTo("/problems/not-submitted"));
                case MERGED -> answer.then().statusCode(409).body("type", equalTo("/problems/recommendation-merged"))
                        .body("mergedIntoId", notNullValue());
                default -> answer.then().statusCode(201);
            }
            assertEquals(status == RecommendationStatus.DRAFT || status == RecommendationStatus.MERGED ? before : before + 1,
                    responses(id), status.name());
        }
        respond(UUID.randomUUID().toString(), Tokens.agency(w.centralBodyId()), answer("SUPPORTED")).then().statusCode(404);
    }

    @Test
    void badAnswersAre400AndWriteNothing() {
        World w = Recommendations.world();
        String id = inStatus(RecommendationStatus.SUBMITTED);
        String token = Tokens.agency(w.centralBodyId());
        long rows = rowsWritten();
        respond(id, token, Map.of("text", Map.of("ru", "Да"))).then().statusCode(400)
                .body("errors.field", contains("position"));
        respond(id, token, Map.of("position", "MAYBE", "text", Map.of("ru", "Да"))).then().statusCode(400);
        respond(id, token, Map.of("position", "SUPPORTED", "text", Map.of("en", "only English"))).then().statusCode(400);
        respond(id, token, Map.of("position", "SUPPORTED", "text", Map.of("ru", "Да"), "onTime", true)).then().statusCode(400);
        respond(id, token, Map.of("position", "SUPPORTED", "text", Map.of("ru", "x".repeat(2001)))).then().statusCode(400);
        assertEquals(rows, rowsWritten());
    }

    @Test
    void aLateAnswerIsNotOnTimeAndStaysOverdue() {
        UUID forum = Fixtures.forum();
        UUID body = RegistryEvents.governmentBody("CENTRAL");
        String id = inStatus(addressedTo(forum, body), RecommendationStatus.SUBMITTED);
        dueDaysAgo(id, 3);
        respond(id, Tokens.agency(body), answer("SUPPORTED")).then().statusCode(201).body("onTime", equalTo(false));
        given().get("/api/v1/recommendations/overdue?forumId=" + forum).then().statusCode(200)
                .body("items.recommendationId", contains(id)).body("items[0].daysOverdue", equalTo(3))
                .body("items[0].firstRespondedAt", notNullValue());
        given().get("/api/v1/recommendations/never-answered?forumId=" + forum).then().body("items", hasSize(0));
    }

    @Test
    void overdueAndNeverAnsweredListsFollowTheDeadlineAndTheFirstAnswer() {
        UUID forum = Fixtures.forum();
        UUID body = RegistryEvents.governmentBody("CENTRAL");
        String overdue = inStatus(addressedTo(forum, body), RecommendationStatus.ACCEPTED);
        dueDaysAgo(overdue, 10);
        String notYetDue = inStatus(addressedTo(forum, body), RecommendationStatus.SUBMITTED);
        String answeredOnTime = inStatus(addressedTo(forum, body), RecommendationStatus.SUBMITTED);
        respond(answeredOnTime, Tokens.agency(body), answer("SUPPORTED")).then().statusCode(201);
        dueDaysAgo(answeredOnTime, 5);
        String alsoOverdue = inStatus(addressedTo(forum, body), RecommendationStatus.SUBMITTED);
        dueDaysAgo(alsoOverdue, 2);
        inStatus(addressedTo(forum, body), RecommendationStatus.DRAFT);
        String merged = inStatus(addressedTo(forum, body), RecommendationStatus.SUBMITTED);
        change(merged, etag(merged), Map.of("to", "MERGED", "mergedIntoId", notYetDue)).then().statusCode(200);
        dueDaysAgo(merged, 20);
        given().get("/api/v1/recommendations/overdue?forumId=" + forum).then().statusCode(200)
                .body("items.recommendationId", contains(overdue, alsoOverdue))
                .body("items.daysOverdue", contains(10, 2))
                .body("items[0].governmentBodyId", equalTo(body.toString()))
                .body("items[0].addresseeType", equalTo("CENTRAL_AGENCY"))
                .body("items[0].status", equalTo("ACCEPTED")).body("items[0].firstRespondedAt", nullValue())
                .body("items[0].text.ru", notNullValue());
        given().get("/api/v1/recommendations/never-answered?governmentBodyId=" + body).then().statusCode(200)
                .body("items.recommendationId", contains(overdue, alsoOverdue, notYetDue));
        String next = given().get("/api/v1/recommendations/never-answered?governmentBodyId=" + body + "&limit=2").then()
                .body("items", hasSize(2)).extract().path("nextCursor");
        given().get("/api/v1/recommendations/never-answered?governmentBodyId=" + body + "&limit=2&cursor=" + next).then()
                .body("items.recommendationId", contains(notYetDue)).body("nextCursor", nullValue());
        given().get("/api/v1/recommendations/overdue?governmentBodyId=" + UUID.randomUUID()).then()
                .body("items", hasSize(0));
        given().get("/api/v1/recommendations/overdue?forumId=nope").then().statusCode(400)
                .body("errors[0].field", equalTo("forumId"));
        given().get("/api/v1/recommendations/never-answered?cursor=%%%").then().statusCode(400);
    }
}
