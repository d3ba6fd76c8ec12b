package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.support.Db;
import kz.civic.forum.support.Fixtures;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class RegionalForumResourceTest {

    private static RequestSpecification secretariat() {
        return given().auth().oauth2(Tokens.secretariat()).contentType("application/json");
    }

    private static long rows() {
        return Db.count("SELECT count(*) FROM regional_forum") + Db.count("SELECT count(*) FROM regional_forum_participants");
    }

    @Test
    void secretariatRecordsARegionalForumThatEveryoneCanRead() {
        UUID forumId = Fixtures.forum();
        String location = secretariat().body(Fixtures.regionalForumBody(forumId, "KZ-75")).post("/api/v1/regional-forums")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("forumId", equalTo(forumId.toString())).body("regionCode", equalTo("KZ-75"))
                .body("localSequenceNumber", equalTo(13)).body("venue.en", equalTo("Astana International Financial Centre"))
                .body("startDate", equalTo("2023-06-01")).body("priorityIssue.ru", equalTo("Инклюзивная государственная политика"))
                .body("participantsTotal", equalTo(300)).body("participantsByCategory.NGO", equalTo(200))
                .body("participantsByCategory.BUSINESS", equalTo(30))
                .extract().header("Location");
        String id = given().get(location).then().statusCode(200).body("participantsByCategory.GOVERNMENT", equalTo(50))
                .extract().path("id");
        given().header("If-None-Match", "\"0\"").get(location).then().statusCode(304);
        given().queryParam("forumId", forumId).get("/api/v1/regional-forums").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        assertEquals(3, Db.count("SELECT count(*) FROM regional_forum_participants WHERE regional_forum_id = ?::uuid", id));
    }

    @Test
    void aSecondRegionalForumOfTheSameRegionAndEditionIs409() {
        UUID forumId = Fixtures.forum();
        UUID existing = Fixtures.regionalForum(forumId, "KZ-39");
        secretariat().body(Fixtures.regionalForumBody(forumId, "KZ-39")).post("/api/v1/regional-forums")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/duplicate-regional-forum")).body("existingId", equalTo(existing.toString()));
    }

    @Test
    void anUnknownEditionIs422AndNothingIsWritten() {
        long before = rows();
        UUID unknown = UUID.randomUUID();
        secretariat().body(Fixtures.regionalForumBody(unknown, "KZ-39")).post("/api/v1/regional-forums")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-forum")).body("forumId", equalTo(unknown.toString()))
                .body("errors[0].field", equalTo("forumId"));
        assertEquals(before, rows());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"endDate\": \"2023-06-02\"|\"endDate\": \"2023-05-31\"|endDate",
        "\"participantsTotal\": 300|\"participantsTotal\": 200|participantsByCategory",
        "\"regionCode\": \"KZ-75\"|\"regionCode\": \"Almaty\"|regionCode",
        "\"venue\": {\"ru\"|\"venue\": {\"kz\"|venue.kz",
        "\"NGO\": 200|\"NGOS\": 200|participantsByCategory",
        "\"NGO\": 200|\"NGO\": -1|participantsByCategory[NGO]",
        "\"localSequenceNumber\": 13|\"localSequenceNumber\": \"XIII\"|localSequenceNumber",
        "\"startDate\": \"2023-06-01\"|\"startDate\": \"1 June\"|startDate" })
    void badInputIs400NamingTheFieldAndNothingIsWritten(String replacement) {
        String[] parts = replacement.split("\\|");
        UUID forumId = Fixtures.forum();
        long before = rows();
        String body = Fixtures.regionalForumBody(forumId, "KZ-75").replace(parts[0], parts[1]);
        secretariat().body(body).post("/api/v1/regional-forums").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", containsString(parts[2]));
        assertEquals(before, rows());
    }

    @Test
    void malformedJsonIs400() {
        long before = rows();
        secretariat().body("{\"forumId\": ").post("/api/v1/regional-forums").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/malformed-request"));
        assertEquals(before, rows());
    }

    @Test
    void anIdempotentRetryReplaysTheAnswerAndWritesOnce() {
        UUID forumId = Fixtures.forum();
        String key = UUID.randomUUID().toString();
        String body = Fixtures.regionalForumBody(forumId, "KZ-71");
        io.restassured.response.Response first = secretariat().header("Idempotency-Key", key).body(body)
                .post("/api/v1/regional-forums").then().statusCode(201).extract().response();
        String id = first.path("id");
        io.restassured.response.Response replay = secretariat().header("Idempotency-Key", key).body(body)
                .post("/api/v1/regional-forums").then().statusCode(201).header("Idempotency-Replayed", "true")
                .body("id", equalTo(id)).extract().response();
        // the typed answer (RestResponse) keeps the stored bytes and headers: the replay is the same answer
        assertEquals(first.asString(), replay.asString());
        assertEquals(first.contentType(), replay.contentType());
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals(first.header("ETag"), replay.header("ETag"));
        assertEquals(1, Db.count("SELECT count(*) FROM regional_forum WHERE forum_id = ?::uuid", forumId));
    }

    @Test
    void listsArePagedWithACursor() {
        UUID forumId = Fixtures.forum();
        for (String region : List.of("KZ-10", "KZ-11", "KZ-15")) {
            Fixtures.regionalForum(forumId, region);
        }
        String next = given().queryParam("forumId", forumId).queryParam("limit", 2).get("/api/v1/regional-forums")
                .then().statusCode(200).body("items", hasSize(2)).body("items[0].regionCode", equalTo("KZ-15"))
                .body("nextCursor", notNullValue()).header("Link", containsString("rel=\"next\""))
                .extract().path("nextCursor");
        given().queryParam("forumId", forumId).queryParam("limit", 2).queryParam("cursor", next).get("/api/v1/regional-forums")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].regionCode", equalTo("KZ-10"))
                .body("nextCursor", nullValue());
        given().queryParam("cursor", "not-a-cursor").get("/api/v1/regional-forums").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-cursor"));
    }

    @Test
    void recordingNeedsSecretariatOrAdmin() {
        UUID forumId = Fixtures.forum();
        String body = Fixtures.regionalForumBody(forumId, "KZ-79");
        given().contentType("application/json").body(body).post("/api/v1/regional-forums").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("ngo")).contentType("application/json").body(body).post("/api/v1/regional-forums")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json").body(body).post("/api/v1/regional-forums")
                .then().statusCode(201);
    }

    @Test
    void anUnknownRegionalForumIs404() {
        given().get("/api/v1/regional-forums/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
