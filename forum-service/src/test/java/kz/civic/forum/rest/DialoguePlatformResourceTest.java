package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
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

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class DialoguePlatformResourceTest {

    private static RequestSpecification secretariat() {
        return given().auth().oauth2(Tokens.secretariat()).contentType("application/json");
    }

    @Test
    void platformsOfAnEditionAndOfItsRegionalForumAreListedPerForum() {
        UUID forumId = Fixtures.forum();
        UUID regionalForumId = Fixtures.regionalForum(forumId, "KZ-39");
        UUID republican = Fixtures.dialoguePlatform("forumId", forumId);
        UUID regional = Fixtures.dialoguePlatform("regionalForumId", regionalForumId);
        given().get("/api/v1/dialogue-platforms/" + regional).then().statusCode(200).header("ETag", "\"0\"")
                .body("forumId", equalTo(forumId.toString())).body("regionalForumId", equalTo(regionalForumId.toString()))
                .body("title.ru", equalTo("Развитие международного сотрудничества"))
                .body("topic.kk", equalTo("Халықаралық ынтымақтастық"));
        given().get("/api/v1/dialogue-platforms/" + republican).then().statusCode(200)
                .body("regionalForumId", nullValue());
        given().header("If-None-Match", "\"0\"").get("/api/v1/dialogue-platforms/" + republican).then().statusCode(304);
        given().queryParam("forumId", forumId).get("/api/v1/dialogue-platforms").then().statusCode(200)
                .body("items.id", containsInAnyOrder(republican.toString(), regional.toString()));
        given().queryParam("regionalForumId", regionalForumId).get("/api/v1/dialogue-platforms").then().statusCode(200)
                .body("items.id", equalTo(List.of(regional.toString())));
    }

    @Test
    void exactlyOneParentIsRequiredAndItMustExist() {
        UUID forumId = Fixtures.forum();
        long before = Db.count("SELECT count(*) FROM dialogue_platform");
        secretariat().body("{\"title\": {\"ru\": \"Платформа\"}}").post("/api/v1/dialogue-platforms")
                .then().statusCode(400).body("errors[0].field", equalTo("forumId"));
        secretariat().body("{\"title\": {\"ru\": \"Платформа\"}, \"forumId\": \"%s\", \"regionalForumId\": \"%s\"}"
                .formatted(forumId, UUID.randomUUID())).post("/api/v1/dialogue-platforms")
                .then().statusCode(400).body("errors[0].field", equalTo("regionalForumId"));
        secretariat().body("{\"title\": {\"en\": \"Platform\"}, \"forumId\": \"%s\"}".formatted(forumId))
                .post("/api/v1/dialogue-platforms").then().statusCode(400).body("errors[0].field", equalTo("title"));
        UUID unknown = UUID.randomUUID();
        secretariat().body("{\"title\": {\"ru\": \"Платформа\"}, \"regionalForumId\": \"%s\"}".formatted(unknown))
                .post("/api/v1/dialogue-platforms").then().statusCode(422)
                .body("type", equalTo("/problems/unknown-regional-forum")).body("regionalForumId", equalTo(unknown.toString()));
        secretariat().body("{\"title\": {\"ru\": \"Платформа\"}, \"forumId\": \"%s\"}".formatted(unknown))
                .post("/api/v1/dialogue-platforms").then().statusCode(422).body("type", equalTo("/problems/unknown-forum"));
        assertEquals(before, Db.count("SELECT count(*) FROM dialogue_platform"));
    }

    @Test
    void recordingNeedsSecretariatOrAdmin() {
        String body = "{\"title\": {\"ru\": \"Платформа\"}, \"forumId\": \"%s\"}".formatted(Fixtures.forum());
        given().contentType("application/json").body(body).post("/api/v1/dialogue-platforms").then().statusCode(401);
        given().auth().oauth2(Tokens.of("agency")).contentType("application/json").body(body)
                .post("/api/v1/dialogue-platforms").then().statusCode(403);
    }
}
