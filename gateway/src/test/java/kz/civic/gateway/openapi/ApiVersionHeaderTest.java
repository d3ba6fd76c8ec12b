package kz.civic.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.civic.gateway.EchoBackend;
import kz.civic.gateway.FakeBackends;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every answer of the gateway carries {@code API-Version} with the API's full version: proxied ones (the echo
 * backends send none), a proxied 304, the gateway's own errors, {@code /openapi}, health and CORS preflights.
 */
@QuarkusTest
@WithTestResource(FakeBackends.class)
class ApiVersionHeaderTest {

    private static final String HEADER = "API-Version";

    @ConfigProperty(name = "gateway.openapi.version")
    String version;

    @Test
    void theVersionIsTheFullSemanticVersionFromTheRootPom() {
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?"), version);
    }

    @Test
    void proxiedAnswersCarryIt() {
        given().when().get("/api/v1/ngos").then().statusCode(200).header(HEADER, version);
        given().header("If-None-Match", EchoBackend.NOT_MODIFIED_TAG).when().get("/api/v1/ngos/42")
                .then().statusCode(304).header(HEADER, version);
    }

    @Test
    void theGatewaysOwnErrorsCarryIt() {
        given().when().get("/api/v2/nothing").then().statusCode(404).header(HEADER, version);
        given().auth().oauth2("not-a-jwt").when().get("/api/v1/ngos").then().statusCode(401).header(HEADER, version);
        given().when().get("/api/v1/offline/x").then().statusCode(503).header(HEADER, version);
        given().when().delete("/api/v1/ngos").then().statusCode(405).header(HEADER, version);
    }

    @Test
    void theGatewaysOwnEndpointsCarryIt() {
        given().when().get("/openapi").then().statusCode(200).header(HEADER, version);
        given().when().get("/q/health/live").then().statusCode(200).header(HEADER, version);
        given().header("Origin", "https://app.civic.test").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/ngos").then().statusCode(200).header(HEADER, version);
    }
}
