package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.civic.forum.support.Db;
import kz.civic.forum.support.RegistryEvents;
import kz.civic.forum.support.Tokens;
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

    /** Posts an edition with a free edition number; returns the answer to the first attempt that is not a 409. */
    private static Response postEdition(String fields) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int edition = ThreadLocalRandom.current().nextInt(100, 1001);
            Response r = given().auth().oauth2(Tokens.secretariat()).contentType("application/json")
                    .body("{\"editionNumber\": " + edition + ", \"year\": 2023, \"motto\": {\"ru\": \"Девиз\"}" + fields + "}")
                    .post("/api/v1/forums");
            if (r.statusCode() != 409) {
                return r;
            }
        }
        throw new AssertionError("no free edition number");
    }

    @Test
    void anEditionRecordsItsOrganiserAndItsStages() {
        UUID alliance = RegistryEvents.ngo("ACTIVE");
        String location = postEdition(", \"organizerNgoId\": \"" + alliance + "\", "
                + "\"regionalStage\": {\"startDate\": \"2023-05-01\", \"endDate\": \"2023-10-31\"}, "
                + "\"republicanStage\": {\"startDate\": \"2023-11-16\", \"endDate\": \"2023-11-17\", "
                + "\"venue\": {\"ru\": \"Астана, Дворец Независимости\"}}").then().statusCode(201)
                .body("organizerNgoId", equalTo(alliance.toString()))
                .body("regionalStage.endDate", equalTo("2023-10-31")).body("regionalStage.venue", nullValue())
                .body("republicanStage.venue.ru", equalTo("Астана, Дворец Независимости")).extract().header("Location");
        given().get(location).then().statusCode(200).body("republicanStage.startDate", equalTo("2023-11-16"));
        postEdition("").then().statusCode(201).body("organizerNgoId", nullValue()).body("regionalStage", nullValue());
    }

    @Test
    void inconsistentStagesAre400AndAnUnknownOrganiser422() {
        long before = Db.count("SELECT count(*) FROM forum");
        postEdition(", \"regionalStage\": {\"startDate\": \"2023-10-31\", \"endDate\": \"2023-05-01\"}").then()
                .statusCode(400).body("errors.field", contains("regionalStage.endDate"));
        postEdition(", \"regionalStage\": {\"startDate\": \"2022-05-01\", \"endDate\": \"2022-10-01\"}").then()
                .statusCode(400).body("errors.field", contains("regionalStage.startDate"));
        postEdition(", \"regionalStage\": {\"startDate\": \"2023-05-01\", \"endDate\": \"2023-10-31\"}, "
                + "\"republicanStage\": {\"startDate\": \"2023-09-01\", \"endDate\": \"2023-09-02\"}").then()
                .statusCode(400).body("errors.field", contains("republicanStage.startDate"));
        postEdition(", \"republicanStage\": {\"startDate\": \"2023-11-16\"}").then().statusCode(400)
                .body("errors.field", contains("republicanStage.endDate"));
        postEdition(", \"organizerNgoId\": \"" + UUID.randomUUID() + "\"").then().statusCode(422)
                .body("type", equalTo("/problems/unknown-ngo")).body("errors[0].field", equalTo("organizerNgoId"));
        postEdition(", \"organizerNgoId\": \"" + RegistryEvents.ngo("LIQUIDATED") + "\"").then().statusCode(422)
                .body("type", equalTo("/problems/ngo-wound-up"));
        assertEquals(before, Db.count("SELECT count(*) FROM forum"));
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
                .post("/api/v1/forums").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("motto")).body("errors[0].message", equalTo("kk or ru is required"));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/recommendations/{id}/status-changes'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/regional-forums'", notNullValue())
                .body("paths.'/api/v1/dialogue-platforms/{id}'", notNullValue())
                // found by reliability-tests' OpenApiFuzzIT: a created edition is a 201, documented as 200
                .body("paths.'/api/v1/forums'.post.responses.'201'", notNullValue())
                .body("paths.'/api/v1/forums'.post.responses.'200'", nullValue());
    }
}
