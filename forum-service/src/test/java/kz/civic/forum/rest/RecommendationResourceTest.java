package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.forum.support.Recommendations.body;
import static kz.civic.forum.support.Recommendations.create;
import static kz.civic.forum.support.Recommendations.etag;
import static kz.civic.forum.support.Recommendations.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
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
import kz.civic.forum.support.Fixtures;
import kz.civic.forum.support.Recommendations;
import kz.civic.forum.support.Recommendations.World;
import kz.civic.forum.support.RegistryEvents;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class RecommendationResourceTest {

    private static Response put(String id, String etag, Object body, String token) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.put("/api/v1/recommendations/" + id);
    }

    @Test
    void secretariatDraftsARecommendationThatEveryoneCanRead() {
        World w = Recommendations.world();
        String location = post(body()).then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).body("text.kk", equalTo("ҮЕҰ туралы заң қабылдау"))
                .body("sourceType", equalTo("REPUBLICAN_FORUM")).body("sourceId", equalTo(w.forumId().toString()))
                .body("authorNgoIds", contains(w.ngoId().toString()))
                .body("addressees.type", contains("CENTRAL_AGENCY", "LOCAL_AGENCY", "CIVIL_ALLIANCE"))
                .body("addressees[1].governmentBodyId", equalTo(w.localBodyId().toString()))
                .body("addressees[2].governmentBodyId", nullValue())
                .body("spheres", contains("PROTECTION_OF_RIGHTS", "OTHER")).body("sdgGoals", contains(16, 17))
                .body("regionCode", equalTo("KZ-75")).body("priority", equalTo("HIGH"))
                .body("submittedAt", nullValue()).body("responseDueDate", nullValue()).body("mergedFrom", empty())
                .extract().header("Location");
        String id = given().get(location).then().statusCode(200).header("ETag", "\"0\"")
                .body("text.en", equalTo("Adopt a law on non-governmental organisations")).extract().path("id");
        given().header("If-None-Match", "\"0\"").get(location).then().statusCode(304);
        Map<String, Object> row = Db.row("SELECT status, priority, region_code, array_length(sdg_goals, 1) AS goals "
                + "FROM recommendation WHERE id = ?::uuid", id);
        assertEquals("DRAFT", row.get("status"));
        assertEquals("HIGH", row.get("priority"));
        assertEquals(2, row.get("goals"));
        assertEquals(3, Db.count("SELECT count(*) FROM recommendation_addressee WHERE recommendation_id = ?::uuid", id));
        assertEquals(0, Db.count("SELECT count(*) FROM outbox_event WHERE record_key = ?", id));
    }

    @Test
    void repeatedListEntriesAreKeptOnce() {
        Map<String, Object> body = body();
        body.put("sdgGoals", List.of(5, 16, 5));
        body.put("spheres", List.of("OTHER", "OTHER"));
        post(body).then().statusCode(201).body("sdgGoals", contains(5, 16)).body("spheres", contains("OTHER"));
    }

    @Test
    void anIdempotentRetryReplaysTheDraftAndWritesOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body();
        body.put("regionCode", "KZ-62");
        String id = given().auth().oauth2(Tokens.secretariat()).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/api/v1/recommendations").then().statusCode(201).extract().path("id");
        long rows = Recommendations.rowsWritten();
        given().auth().oauth2(Tokens.secretariat()).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/api/v1/recommendations").then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", equalTo(id));
        assertEquals(rows, Recommendations.rowsWritten());
    }

    @Test
    void aDraftIsReplacedWithIfMatchAndOnlyWhileItIsADraft() {
        String id = create(body());
        Map<String, Object> changed = body();
        changed.put("priority", "LOW");
        changed.put("addressees", List.of(Map.of("type", "EXPERTS")));
        put(id, null, changed, Tokens.secretariat()).then().statusCode(428);
        put(id, "\"7\"", changed, Tokens.secretariat()).then().statusCode(412).body("currentEtag", equalTo("\"0\""));
        put(id, "\"0\"", changed, Tokens.secretariat()).then().statusCode(200).header("ETag", "\"1\"")
                .body("priority", equalTo("LOW")).body("addressees.type", contains("EXPERTS")).body("version", equalTo(1));
        assertEquals(1, Db.count("SELECT count(*) FROM recommendation_addressee WHERE recommendation_id = ?::uuid", id));
        Recommendations.change(id, "\"1\"", Recommendations.changeTo(RecommendationStatus.SUBMITTED)).then().statusCode(200);
        put(id, etag(id), body(), Tokens.secretariat()).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-a-draft")).body("status", equalTo(409))
                // the state is currentStatus: an extension named status replaced the answer's own (OpenApiFuzzIT)
                .body("currentStatus", equalTo("SUBMITTED"));
        given().get("/api/v1/recommendations/" + id).then().body("priority", equalTo("LOW"));
    }

    @Test
    void writesNeedTheSecretariatOrAnAdmin() {
        given().contentType("application/json").body(body()).post("/api/v1/recommendations").then().statusCode(401)
                .contentType("application/problem+json");
        for (String role : List.of("agency", "analyst", "registrar", "procurement-officer", "commission-member")) {
            given().auth().oauth2(Tokens.of(role)).contentType("application/json").body(body())
                    .post("/api/v1/recommendations").then().statusCode(403).contentType("application/problem+json");
        }
        // an ngo token drafts only when bound to its NGO (RecommendationNgoDraftTest)
        given().auth().oauth2(Tokens.of("ngo")).contentType("application/json").body(body())
                .post("/api/v1/recommendations").then().statusCode(403).body("type", equalTo("/problems/ngo-not-bound"));
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json").body(body())
                .post("/api/v1/recommendations").then().statusCode(201);
        String id = create(body());
        put(id, "\"0\"", body(), null).then().statusCode(401);
        put(id, "\"0\"", body(), Tokens.of("ngo")).then().statusCode(403);
        put(id, "\"0\"", body(), Tokens.of("admin")).then().statusCode(200);
    }

    @Test
    void unknownRecommendationIs404() {
        given().get("/api/v1/recommendations/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theListFiltersAndPages() {
        World w = Recommendations.world();
        UUID regional = Fixtures.regionalForum(Fixtures.forum(), "KZ-39");
        Map<String, Object> central = body();
        central.put("sourceType", "REGIONAL_FORUM");
        central.put("sourceId", regional.toString());
        central.put("addressees", List.of(Map.of("type", "CENTRAL_AGENCY", "governmentBodyId", w.centralBodyId().toString())));
        central.put("regionCode", "KZ-39");
        String first = create(central);
        Map<String, Object> business = body();
        business.put("sourceType", "REGIONAL_FORUM");
        business.put("sourceId", regional.toString());
        business.put("addressees", List.of(Map.of("type", "BUSINESS"),
                Map.of("type", "LOCAL_AGENCY", "governmentBodyId", w.localBodyId().toString())));
        business.remove("regionCode");
        UUID partner = RegistryEvents.ngo("ACTIVE");
        business.put("authorNgoIds", List.of(partner.toString()));
        String second = create(business);
        String submitted = create(central);
        Recommendations.change(submitted, "\"0\"", Recommendations.changeTo(RecommendationStatus.SUBMITTED))
                .then().statusCode(200);
        String source = "/api/v1/recommendations?sourceType=REGIONAL_FORUM&sourceId=" + regional;
        given().get(source).then().statusCode(200).body("items.id", contains(submitted, second, first));
        given().get(source + "&status=DRAFT").then().body("items.id", contains(second, first));
        given().get(source + "&addresseeType=CENTRAL_AGENCY").then().body("items.id", contains(submitted, first));
        given().get(source + "&governmentBodyId=" + w.localBodyId()).then().body("items.id", contains(second));
        given().get(source + "&addresseeType=BUSINESS&governmentBodyId=" + w.localBodyId()).then().body("items", empty());
        given().get(source + "&region=KZ-39&status=SUBMITTED").then().body("items.id", contains(submitted));
        // by author NGO: the partner authored only the second; the world's NGO the others (and more elsewhere)
        given().get("/api/v1/recommendations?authorNgoId=" + partner).then().statusCode(200)
                .body("items.id", contains(second)).body("nextCursor", nullValue());
        given().get(source + "&authorNgoId=" + w.ngoId()).then().body("items.id", contains(submitted, first));
        String byAuthor = source + "&authorNgoId=" + w.ngoId() + "&limit=1";
        String afterFirst = given().get(byAuthor).then().body("items.id", contains(submitted))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().get(byAuthor + "&cursor=" + afterFirst).then().body("items.id", contains(first)).body("nextCursor", nullValue());
        given().get("/api/v1/recommendations?authorNgoId=" + UUID.randomUUID()).then().statusCode(200).body("items", empty());
        given().get("/api/v1/recommendations?authorNgoId=acme").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("authorNgoId"));
        String next = given().get(source + "&limit=2").then().body("items", hasSize(2)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().get(source + "&limit=2&cursor=" + next).then().body("items.id", contains(first)).body("nextCursor", nullValue());
        given().get("/api/v1/recommendations?status=OPEN").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().get("/api/v1/recommendations?sourceId=42").then().statusCode(400).body("errors[0].field", equalTo("sourceId"));
    }
}
