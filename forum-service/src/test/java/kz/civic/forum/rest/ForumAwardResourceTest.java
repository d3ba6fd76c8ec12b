package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.support.Db;
import kz.civic.forum.support.Fixtures;
import kz.civic.infra.testing.TestKafka;
import kz.civic.forum.support.RegistryEvents;
import kz.civic.infra.testing.EventContracts;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class ForumAwardResourceTest {

    private static final String GRANTED = "kz.civic.forum.award.granted.v1";

    private static Response grant(UUID regionalForum, String token, Object body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/api/v1/regional-forums/" + regionalForum + "/awards");
    }

    private static Map<String, Object> award(UUID ngo, String type) {
        return Map.of("nomination", Map.of("ru", "За вклад в правопорядок", "en", "Law and order"), "ngoId", ngo.toString(),
                "type", type);
    }

    private static long rows() {
        return Db.count("SELECT (SELECT count(*) FROM forum_award) + (SELECT count(*) FROM outbox_event) "
                + "+ (SELECT count(*) FROM idempotency_record)");
    }

    @Test
    void theSecretariatGrantsAwardsThatArePublishedAndListed() {
        UUID forum = Fixtures.forum();
        UUID regional = Fixtures.regionalForum(forum, "KZ-75");
        UUID ngo = RegistryEvents.ngo("ACTIVE");
        String location = grant(regional, Tokens.secretariat(), award(ngo, "PRIZE")).then().statusCode(201)
                .header("ETag", "\"0\"").body("type", equalTo("PRIZE")).body("forumId", equalTo(forum.toString()))
                .body("nomination.en", equalTo("Law and order")).extract().header("Location");
        String id = given().get(location).then().statusCode(200).body("ngoId", equalTo(ngo.toString())).extract().path("id");
        String letter = grant(regional, Tokens.of("admin"), award(ngo, "LETTER_OF_THANKS")).then().statusCode(201)
                .extract().path("id");
        given().get("/api/v1/regional-forums/" + regional + "/awards").then().statusCode(200)
                .body("items.id", contains(letter, id));
        given().get("/api/v1/forums/" + forum + "/awards?limit=1").then().statusCode(200).body("items.id", contains(letter));
        JsonNode event = TestKafka.events("forum.awards", id, 1).get(0);
        assertEquals(GRANTED, event.at("/type").asText());
        assertTrue(EventContracts.violations(GRANTED, event).isEmpty(), event.toString());
        assertEquals("KZ-75", event.at("/data/regionCode").asText());
        assertEquals(ngo.toString(), event.at("/data/ngoId").asText());
        ObjectNode broken = event.deepCopy();
        ((ObjectNode) broken.get("data")).put("type", "MEDAL");
        assertFalse(EventContracts.violations(GRANTED, broken).isEmpty());
    }

    @Test
    void awardsGoOnlyToRegisteredNgosThatAreNotWoundUp() {
        UUID regional = Fixtures.regionalForum(Fixtures.forum(), "KZ-33");
        UUID liquidating = RegistryEvents.ngo("LIQUIDATING");
        long before = rows();
        grant(regional, Tokens.secretariat(), award(UUID.randomUUID(), "PRIZE")).then().statusCode(422)
                .body("type", equalTo("/problems/unknown-ngo")).body("errors[0].field", equalTo("ngoId"));
        grant(regional, Tokens.secretariat(), award(liquidating, "PRIZE")).then().statusCode(422)
                .body("type", equalTo("/problems/ngo-wound-up"));
        UUID ngo = RegistryEvents.ngo("ACTIVE");
        grant(regional, Tokens.secretariat(), award(ngo, "MEDAL")).then().statusCode(400);
        grant(regional, Tokens.secretariat(), Map.of("ngoId", ngo.toString(), "type", "PRIZE")).then().statusCode(400)
                .body("errors[0].field", equalTo("nomination"));
        grant(UUID.randomUUID(), Tokens.secretariat(), award(ngo, "PRIZE")).then().statusCode(404);
        grant(regional, Tokens.of("ngo"), award(ngo, "PRIZE")).then().statusCode(403);
        grant(regional, null, award(ngo, "PRIZE")).then().statusCode(401);
        assertEquals(before, rows());
        given().get("/api/v1/regional-forums/" + regional + "/awards/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/forums/" + UUID.randomUUID() + "/awards").then().statusCode(404);
    }
}
