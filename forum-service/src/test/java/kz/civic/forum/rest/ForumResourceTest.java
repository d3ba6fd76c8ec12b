package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class ForumResourceTest {

    private static final String XI = """
            {"editionNumber": 11, "year": 2023, "motto": {"ru": "Вместе строим Справедливый Казахстан",
             "en": "Building a Just Kazakhstan together"}}""";

    @Test
    void secretariatCreatesForumAndDuplicateEditionIs409() {
        String secretariat = Jwt.subject("sec").groups("forum-secretariat").audience("civic-api").sign();
        String location = given().auth().oauth2(secretariat).contentType("application/json").body(XI)
                .post("/api/v1/forums").then().statusCode(201).body("editionNumber", equalTo(11))
                .extract().header("Location");
        given().get(location).then().statusCode(200).body("motto.en", equalTo("Building a Just Kazakhstan together"));
        given().auth().oauth2(secretariat).contentType("application/json").body(XI)
                .post("/api/v1/forums").then().statusCode(409).body("type", equalTo("/problems/duplicate-edition"));
        given().queryParam("limit", 200).get("/api/v1/forums").then().statusCode(200)
                .body("items.editionNumber", hasItem(11));
    }

    @Test
    void creatingNeedsSecretariatRole() {
        given().contentType("application/json").body(XI).post("/api/v1/forums").then().statusCode(401);
        String analyst = Jwt.subject("an").groups("analyst").audience("civic-api").sign();
        given().auth().oauth2(analyst).contentType("application/json").body(XI).post("/api/v1/forums")
                .then().statusCode(403);
    }

    @Test
    void mottoNeedsKazakhOrRussian() {
        String secretariat = Jwt.subject("sec").groups("forum-secretariat").audience("civic-api").sign();
        given().auth().oauth2(secretariat).contentType("application/json")
                .body("{\"editionNumber\": 12, \"year\": 2024, \"motto\": {\"en\": \"only English\"}}")
                .post("/api/v1/forums").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/recommendations/{id}/status-changes'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/regional-forums'", notNullValue())
                .body("paths.'/api/v1/dialogue-platforms/{id}'", notNullValue());
    }
}
