package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.forum.support.Recommendations.addEvidence;
import static kz.civic.forum.support.Recommendations.change;
import static kz.civic.forum.support.Recommendations.etag;
import static kz.civic.forum.support.Recommendations.inStatus;
import static kz.civic.forum.support.Recommendations.rowsWritten;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.support.Db;
import kz.civic.forum.support.Recommendations;
import kz.civic.forum.support.Recommendations.World;
import kz.civic.forum.support.RegistryEvents;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class ImplementationResourceTest {

    private static Response post(String id, String what, String token, Object body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/api/v1/recommendations/" + id + "/" + what);
    }

    private static Map<String, Object> assessment(String rating) {
        return Map.of("rating", rating, "comment", Map.of("ru", "Закон принят, но не применяется"));
    }

    private static String status(String id) {
        return (String) Db.row("SELECT status FROM recommendation WHERE id = ?::uuid", id).get("status");
    }

    @Test
    void implementedAndPartiallyImplementedNeedEvidence() {
        for (RecommendationStatus outcome : List.of(RecommendationStatus.IMPLEMENTED,
                RecommendationStatus.PARTIALLY_IMPLEMENTED)) {
            String id = inStatus(RecommendationStatus.IN_PROGRESS);
            long rows = rowsWritten();
            change(id, etag(id), Map.of("to", outcome.name())).then().statusCode(422)
                    .contentType("application/problem+json").body("type", equalTo("/problems/evidence-required"))
                    .body("errors[0].field", equalTo("to"));
            assertEquals("IN_PROGRESS", status(id));
            assertEquals(rows, rowsWritten());
            addEvidence(id, Tokens.secretariat()).then().statusCode(201);
            change(id, etag(id), Map.of("to", outcome.name())).then().statusCode(200).body("status", equalTo(outcome.name()));
        }
        String id = inStatus(RecommendationStatus.IN_PROGRESS);
        change(id, etag(id), Map.of("to", "NOT_IMPLEMENTED", "reason", "no budget")).then().statusCode(200);
    }

    @Test
    void anAwardCountsAsEvidence() {
        String id = inStatus(RecommendationStatus.IN_PROGRESS);
        UUID award = UUID.randomUUID();
        post(id, "evidence", Tokens.secretariat(), Map.of("kind", "AWARD", "awardId", award.toString())).then()
                .statusCode(201).body("kind", equalTo("AWARD")).body("awardId", equalTo(award.toString()))
                .body("url", nullValue());
        change(id, etag(id), Map.of("to", "IMPLEMENTED")).then().statusCode(200);
        given().get("/api/v1/recommendations/" + id + "/evidence").then().statusCode(200)
                .body("items.kind", contains("AWARD"));
    }

    @Test
    void evidenceIsAddedOnlyOnceAcceptedAndByAnAddressedAgency() {
        World w = Recommendations.world();
        for (RecommendationStatus status : RecommendationStatus.values()) {
            String id = inStatus(status);
            long before = Db.count("SELECT count(*) FROM recommendation_evidence WHERE recommendation_id = ?::uuid", id);
            Response added = addEvidence(id, Tokens.agency(w.localBodyId()));
            if (status.isInImplementation()) {
                added.then().statusCode(201).body("governmentBodyId", equalTo(w.localBodyId().toString()));
                assertEquals(before + 1, Db.count("SELECT count(*) FROM recommendation_evidence WHERE recommendation_id = ?::uuid", id));
            } else {
                added.then().statusCode(409).body("type", equalTo("/problems/not-in-implementation"));
                assertEquals(before, Db.count("SELECT count(*) FROM recommendation_evidence WHERE recommendation_id = ?::uuid", id));
            }
        }
        String id = inStatus(RecommendationStatus.IN_PROGRESS);
        long rows = rowsWritten();
        addEvidence(id, Tokens.agency(RegistryEvents.governmentBody("LOCAL"))).then().statusCode(403)
                .body("type", equalTo("/problems/not-an-addressee"));
        addEvidence(id, Tokens.ngo(w.ngoId())).then().statusCode(403);
        given().contentType("application/json").body(Map.of("kind", "DOCUMENT", "url", "https://x.kz"))
                .post("/api/v1/recommendations/" + id + "/evidence").then().statusCode(401);
        post(id, "evidence", Tokens.secretariat(), Map.of("kind", "DOCUMENT")).then().statusCode(400)
                .body("errors.field", contains("url"));
        post(id, "evidence", Tokens.secretariat(), Map.of("kind", "DOCUMENT", "url", "ftp://x")).then().statusCode(400);
        post(id, "evidence", Tokens.secretariat(), Map.of("kind", "AWARD", "url", "https://x.kz")).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("url", "awardId"));
        post(id, "evidence", Tokens.secretariat(), Map.of("kind", "VIDEO", "url", "https://x.kz")).then().statusCode(400);
        assertEquals(rows, rowsWritten());
    }

    @Test
    void civilSocietyAssessesNextToTheGovernmentAndTheGapIsVisible() {
        World w = Recommendations.world();
        String id = inStatus(RecommendationStatus.IN_PROGRESS);
        post(id, "assessments", Tokens.secretariat(), assessment("NOT_IMPLEMENTED")).then().statusCode(201)
                .body("assessor", equalTo("CIVIL_ALLIANCE")).body("ngoId", nullValue());
        given().get("/api/v1/recommendations/" + id + "/implementation").then().statusCode(200)
                .body("governmentRating", nullValue()).body("civilSociety[0].gap", nullValue()).body("maxGap", nullValue());
        post(id, "assessments", Tokens.ngo(w.ngoId()), assessment("PARTIALLY_IMPLEMENTED")).then().statusCode(201)
                .body("assessor", equalTo("AUTHOR_NGO")).body("ngoId", equalTo(w.ngoId().toString()));
        addEvidence(id, Tokens.agency(w.centralBodyId())).then().statusCode(201);
        change(id, etag(id), Map.of("to", "IMPLEMENTED")).then().statusCode(200);
        post(id, "assessments", Tokens.secretariat(), assessment("PARTIALLY_IMPLEMENTED")).then().statusCode(201);
        given().get("/api/v1/recommendations/" + id + "/implementation").then().statusCode(200)
                .body("status", equalTo("IMPLEMENTED")).body("governmentRating", equalTo("IMPLEMENTED"))
                .body("evidenceCount", equalTo(1))
                .body("civilSociety.assessor", contains("CIVIL_ALLIANCE", "AUTHOR_NGO"))
                .body("civilSociety.rating", contains("PARTIALLY_IMPLEMENTED", "PARTIALLY_IMPLEMENTED"))
                .body("civilSociety.gap", contains(1, 1)).body("maxGap", equalTo(1));
        given().get("/api/v1/recommendations/" + id + "/assessments").then().statusCode(200)
                .body("items.rating", contains("NOT_IMPLEMENTED", "PARTIALLY_IMPLEMENTED", "PARTIALLY_IMPLEMENTED"));
        given().get("/api/v1/recommendations/" + id + "/assessments?limit=2").then().body("items", hasSize(2));
    }

    @Test
    void onlyAuthorsAndTheSecretariatAssessAndOnlyOnceAccepted() {
        World w = Recommendations.world();
        for (RecommendationStatus status : RecommendationStatus.values()) {
            String id = inStatus(status);
            Response assessed = post(id, "assessments", Tokens.ngo(w.ngoId()), assessment("IMPLEMENTED"));
            if (status.isInImplementation()) {
                assessed.then().statusCode(201);
            } else {
                assessed.then().statusCode(409).body("type", equalTo("/problems/not-in-implementation"));
            }
        }
        String id = inStatus(RecommendationStatus.ACCEPTED);
        long rows = rowsWritten();
        post(id, "assessments", Tokens.ngo(RegistryEvents.ngo("ACTIVE")), assessment("IMPLEMENTED")).then().statusCode(403)
                .body("type", equalTo("/problems/not-an-author"));
        post(id, "assessments", Tokens.of("ngo"), assessment("IMPLEMENTED")).then().statusCode(403);
        post(id, "assessments", Tokens.agency(w.centralBodyId()), assessment("IMPLEMENTED")).then().statusCode(403);
        post(id, "assessments", null, assessment("IMPLEMENTED")).then().statusCode(401);
        post(id, "assessments", Tokens.secretariat(), Map.of("rating", "DONE", "comment", Map.of("ru", "x"))).then()
                .statusCode(400);
        post(id, "assessments", Tokens.secretariat(), Map.of("rating", "IMPLEMENTED")).then().statusCode(400)
                .body("errors.field", contains("comment"));
        post(UUID.randomUUID().toString(), "assessments", Tokens.secretariat(), assessment("IMPLEMENTED")).then()
                .statusCode(404);
        assertEquals(rows, rowsWritten());
    }
}
