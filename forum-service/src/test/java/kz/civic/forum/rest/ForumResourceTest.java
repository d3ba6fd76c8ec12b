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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import kz.civic.forum.support.Db;
import kz.civic.forum.support.Fixtures;
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

    @Test
    void anEditionRecordsItsOrganiserAndItsStages() {
        UUID alliance = RegistryEvents.ngo("ACTIVE");
        Response created = Fixtures.postEdition(y -> ", \"organizerNgoId\": \"" + alliance + "\", "
                + "\"regionalStage\": {\"startDate\": \"" + y + "-05-01\", \"endDate\": \"" + y + "-10-31\"}, "
                + "\"republicanStage\": {\"startDate\": \"" + y + "-11-16\", \"endDate\": \"" + y + "-11-17\", "
                + "\"venue\": {\"ru\": \"Астана, Дворец Независимости\"}}");
        int year = created.then().statusCode(201).extract().path("year");
        String location = created.then().body("organizerNgoId", equalTo(alliance.toString()))
                .body("regionalStage.endDate", equalTo(year + "-10-31")).body("regionalStage.venue", nullValue())
                .body("republicanStage.venue.ru", equalTo("Астана, Дворец Независимости")).extract().header("Location");
        given().get(location).then().statusCode(200).body("republicanStage.startDate", equalTo(year + "-11-16"));
        Fixtures.postEdition(y -> "").then().statusCode(201).body("organizerNgoId", nullValue())
                .body("regionalStage", nullValue());
    }

    @Test
    void inconsistentStagesAre400AndAnUnknownOrganiser422() {
        long before = Db.count("SELECT count(*) FROM forum");
        Fixtures.postEdition(y -> ", \"regionalStage\": {\"startDate\": \"" + y + "-10-31\", \"endDate\": \"" + y
                + "-05-01\"}").then().statusCode(400).body("errors.field", contains("regionalStage.endDate"));
        Fixtures.postEdition(y -> ", \"regionalStage\": {\"startDate\": \"" + (y - 1) + "-05-01\", \"endDate\": \""
                + (y - 1) + "-10-01\"}").then().statusCode(400).body("errors.field", contains("regionalStage.startDate"));
        Fixtures.postEdition(y -> ", \"regionalStage\": {\"startDate\": \"" + y + "-05-01\", \"endDate\": \"" + y
                + "-10-31\"}, \"republicanStage\": {\"startDate\": \"" + y + "-09-01\", \"endDate\": \"" + y
                + "-09-02\"}").then().statusCode(400).body("errors.field", contains("republicanStage.startDate"));
        Fixtures.postEdition(y -> ", \"republicanStage\": {\"startDate\": \"" + y + "-11-16\"}").then().statusCode(400)
                .body("errors.field", contains("republicanStage.endDate"));
        Fixtures.postEdition(y -> ", \"organizerNgoId\": \"" + UUID.randomUUID() + "\"").then().statusCode(422)
                .body("type", equalTo("/problems/unknown-ngo")).body("errors[0].field", equalTo("organizerNgoId"));
        Fixtures.postEdition(y -> ", \"organizerNgoId\": \"" + RegistryEvents.ngo("LIQUIDATED") + "\"").then()
                .statusCode(422).body("type", equalTo("/problems/ngo-wound-up"));
        assertEquals(before, Db.count("SELECT count(*) FROM forum"));
    }

    /**
     * The forum meets at most once a year and its numbers follow the years (issue 16 item 3). Editions I to X in
     * 2003–2022 are this test's own (fixtures use 12–88 in 2024–2100, the XI test 2023).
     */
    @Test
    void aYearHoldsOneEditionAndNumbersFollowTheYears() {
        String viii = edition(8, 2018).then().statusCode(201).extract().path("id");
        long before = Db.count("SELECT count(*) FROM forum");
        edition(9, 2018).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/edition-year-taken")).body("existingId", equalTo(viii));
        edition(8, 2016).then().statusCode(409).body("type", equalTo("/problems/duplicate-edition"))
                .body("existingId", equalTo(viii));
        edition(7, 2019).then().statusCode(422).body("type", equalTo("/problems/edition-out-of-sequence"))
                .body("errors.field", contains("year"));
        edition(9, 2017).then().statusCode(422).body("type", equalTo("/problems/edition-out-of-sequence"))
                .body("errors.field", contains("year"));
        assertEquals(before, Db.count("SELECT count(*) FROM forum"));
        assertEquals(1, Db.count("SELECT count(*) FROM forum WHERE year = 2018"));
        // gaps are fine: an earlier edition recorded later, a later one after a pause
        edition(5, 2010).then().statusCode(201);
        edition(10, 2021).then().statusCode(201);
        edition(6, 2011).then().statusCode(201);
    }

    @Test
    void concurrentEditionsOfOneYearCreateOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(() -> edition(3, 2007).statusCode());
            Future<Integer> second = pool.submit(() -> edition(4, 2007).statusCode());
            assertEquals(List.of(201, 409), Stream.of(first.get(), second.get()).sorted().toList());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, Db.count("SELECT count(*) FROM forum WHERE year = 2007"));
    }

    private static Response edition(int number, int year) {
        return given().auth().oauth2(Tokens.secretariat()).contentType("application/json")
                .body("{\"editionNumber\": " + number + ", \"year\": " + year + ", \"motto\": {\"ru\": \"Девиз\"}}")
                .post("/api/v1/forums");
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
