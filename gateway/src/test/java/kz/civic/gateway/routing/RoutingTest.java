package kz.civic.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kz.civic.gateway.FakeBackends;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(FakeBackends.class)
class RoutingTest {

    @ParameterizedTest
    @CsvSource({
            "registry, /api/v1/ngos",
            "registry, /api/v1/ngos/7f0c/status-changes",
            "registry, /api/v1/reference/regions",
            "forum, /api/v1/recommendations/42",
            "forum, /api/v1/action-plans",
            "procurement, /api/v1/calls/9/lots",
            "procurement, /api/v1/open-data/awards.csv"
    })
    void routesByPrefixWithoutRewritingPathOrQuery(String backend, String path) {
        String query = "region=KZ-75&status=ACTIVE&name=a%20b&cursor=eyJrIjoiLi4uIn0%3D";
        given().urlEncodingEnabled(false)
                .when().get(path + "?" + query)
                .then().statusCode(200)
                .body("backend", equalTo(backend))
                .body("method", equalTo("GET"))
                .body("path", equalTo(path))
                .body("query", equalTo(query))
                .body("uri", equalTo(path + "?" + query));
    }

    @Test
    void prefixMatchesWholeSegmentsOnly() {
        given().when().get("/api/v1/ngosX")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/ngosX"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void unknownApiPathIsNotFound() {
        given().when().get("/api/v2/ngos")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void forwardsAndEchoesAWellFormedRequestIdExactlyOnce() {
        Response response = given().header("X-Request-Id", "client-42.a:b_c")
                .when().get("/api/v1/forums");
        response.then().statusCode(200)
                .header("X-Request-Id", "client-42.a:b_c")
                .body("headers.'x-request-id'", equalTo("client-42.a:b_c"));
        assertEquals(1, response.headers().getValues("X-Request-Id").size());
    }

    @Test
    void replacesAMalformedRequestIdWithTheOneItForwards() {
        Response response = given().header("X-Request-Id", "bad id; drop table")
                .when().get("/api/v1/awards");
        response.then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        assertEquals(response.header("X-Request-Id"), response.path("headers.'x-request-id'"));
    }

    @Test
    void forwardsPostBodyAndContentType() {
        String body = "{\"names\":{\"kk\":\"Қоғам\",\"ru\":\"Общество\"},\"bin\":\"940140000385\"}";
        given().contentType("application/json; charset=UTF-8").body(body)
                .when().post("/api/v1/registration-applications")
                .then().statusCode(200)
                .body("backend", equalTo("registry"))
                .body("method", equalTo("POST"))
                .body("body", equalTo(body))
                .body("headers.'content-type'", equalTo("application/json; charset=UTF-8"));
    }

    @Test
    void anonymousRequestIsForwardedWithoutAuthorization() {
        given().when().get("/api/v1/funding-plans")
                .then().statusCode(200)
                .body("backend", equalTo("procurement"))
                .body("headers.authorization", nullValue());
    }
}
