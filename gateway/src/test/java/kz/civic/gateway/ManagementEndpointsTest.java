package kz.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeBackends.class)
class ManagementEndpointsTest {

    @Test
    void metricsTagProxiedRequestsByRoutePrefixNotByPath() {
        given().when().get("/api/v1/government-bodies/0b7e5f0e-2c1d-4e1a-9a53-3f4f1b2c9d10").then().statusCode(200);
        given().when().get("/api/v1/unrouted-5d1c").then().statusCode(404);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("uri=\"/api/v1/government-bodies/*\""))
                .body(not(containsString("0b7e5f0e-2c1d-4e1a-9a53-3f4f1b2c9d10")))
                .body(not(containsString("unrouted-5d1c")));
    }
}
