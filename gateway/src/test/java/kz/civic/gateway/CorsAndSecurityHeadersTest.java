package kz.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The test profile allows one browser origin, {@code https://app.civic.test}. */
@QuarkusTest
@WithTestResource(FakeBackends.class)
class CorsAndSecurityHeadersTest {

    private static final String ALLOWED = "https://app.civic.test";

    @Test
    void preflightFromAnAllowedOriginIsAnsweredByTheGateway() {
        ValidatableResponse response = given().header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,x-request-id")
                .when().options("/api/v1/ngos")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Max-Age", "3600")
                .body(equalTo(""));
        for (String header : new String[] {"Authorization", "Content-Type", "If-Match", "If-None-Match",
                "Idempotency-Key", "X-Request-Id", "Accept-Language"}) {
            response.header("Access-Control-Allow-Headers", containsString(header));
        }
        assertSecurityHeaders(response);
    }

    @Test
    void preflightFromAnotherOriginIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/ngos")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void anAllowedOriginMayReadTheApiHeaders() {
        ValidatableResponse response = given().header("Origin", ALLOWED)
                .when().get("/api/v1/ngos")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED);
        for (String header : new String[] {"ETag", "Location", "Link", "X-Request-Id", "RateLimit",
                "RateLimit-Policy", "Retry-After", "Idempotency-Replayed", "API-Version"}) {
            response.header("Access-Control-Expose-Headers", containsString(header));
        }
    }

    @Test
    void proxiedAnswersCarrySecurityHeadersAndNoServerSoftware() {
        assertSecurityHeaders(given().when().get("/api/v1/ngos").then().statusCode(200))
                .header("Cache-Control", nullValue())
                .header("X-Powered-By", nullValue());
    }

    @Test
    void errorAnswersAreNotStored() {
        assertSecurityHeaders(given().when().get("/api/v2/nothing").then().statusCode(404))
                .header("Cache-Control", "no-store");
        assertSecurityHeaders(given().when().get("/api/v1/offline/x").then().statusCode(503))
                .header("Cache-Control", "no-store");
        given().auth().oauth2("not-a-jwt").when().get("/api/v1/ngos")
                .then().statusCode(401)
                .header("Cache-Control", "no-store");
    }

    @Test
    void theGatewaysOwnEndpointsCarryThemToo() {
        assertSecurityHeaders(given().when().get("/q/health/live").then().statusCode(200));
    }

    private static ValidatableResponse assertSecurityHeaders(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", nullValue())
                .header("Server", nullValue());
    }
}
