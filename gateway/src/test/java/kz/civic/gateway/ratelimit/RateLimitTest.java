package kz.civic.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static kz.civic.gateway.ratelimit.RateLimitFields.rateLimit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kz.civic.gateway.FakeBackends;
import kz.civic.gateway.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Small quotas (3 anonymous, 5 authenticated requests a minute) and a trusted {@code X-Forwarded-For},
 * so each test is a different anonymous client by sending a different address.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallQuotas.class)
@WithTestResource(FakeBackends.class)
class RateLimitTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    /** Three anonymous and five authenticated requests per minute; X-Forwarded-For names the client. */
    public static class SmallQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            for (String profile : new String[] {"", "%test."}) {
                config.put(profile + "gateway.rate-limit.anonymous.limit", "3");
                config.put(profile + "gateway.rate-limit.authenticated.limit", "5");
            }
            config.put("gateway.rate-limit.trust-forwarded-for", "true");
            return config;
        }
    }

    @Test
    void normalAnswersCarryThePolicyAndWhatRemains() {
        String address = newAddress();
        from(address).when().get("/api/v1/ngos")
                .then().statusCode(200)
                .header("RateLimit-Policy", "\"anonymous\";q=3;w=60")
                .header("RateLimit", rateLimit("anonymous", 2, 20));
        from(address).when().get("/api/v1/forums")
                .then().statusCode(200)
                .header("RateLimit", rateLimit("anonymous", 1, 40));
    }

    @Test
    void gatewayAnswersUnderApiAreCountedToo() {
        String address = newAddress();
        from(address).when().get("/api/v2/unknown")
                .then().statusCode(404)
                .header("RateLimit-Policy", "\"anonymous\";q=3;w=60")
                .header("RateLimit", rateLimit("anonymous", 2, 20));
        from(address).auth().oauth2("not-a-jwt").when().get("/api/v1/ngos")
                .then().statusCode(401)
                .header("RateLimit", rateLimit("anonymous", 1, 40));
    }

    @Test
    void exceedingTheQuotaIsTooManyRequestsAndNotForwarded() {
        String address = newAddress();
        exhaust(() -> from(address), 3);
        String requestId = UUID.randomUUID().toString();
        Response refused = from(address).header("X-Request-Id", requestId).when().get("/api/v1/ngos");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .header("RateLimit-Policy", "\"anonymous\";q=3;w=60")
                .header("RateLimit", rateLimit("anonymous", 0, 20))
                .body("type", equalTo("/problems/quota-exceeded"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/ngos"))
                .body("requestId", equalTo(requestId));
        assertThat("Retry-After is the effective window of a refused request", refused.header("RateLimit"),
                endsWith(";t=" + refused.header("Retry-After")));
        from(newAddress()).queryParam("requestId", requestId)
                .when().get("/api/v1/registry/_seen")
                .then().statusCode(200)
                .body("seen", equalTo(false));
    }

    @Test
    void anotherAddressIsNotAffected() {
        String exhausted = newAddress();
        exhaust(() -> from(exhausted), 3);
        from(newAddress()).when().get("/api/v1/ngos")
                .then().statusCode(200)
                .header("RateLimit", rateLimit("anonymous", 2, 20));
    }

    @Test
    void aVerifiedClientIsCountedByItsIdNotItsAddress() {
        String address = newAddress();
        exhaust(() -> from(address), 3);
        from(address).auth().oauth2(TestTokens.signed(uniqueSubject()))
                .when().get("/api/v1/ngos")
                .then().statusCode(200)
                .header("RateLimit-Policy", "\"authenticated\";q=5;w=60")
                .header("RateLimit", rateLimit("authenticated", 4, 12));
    }

    @Test
    void anotherClientIsNotAffectedByAnExhaustedOne() {
        String alice = TestTokens.signed(uniqueSubject());
        exhaust(() -> from(newAddress()).auth().oauth2(alice), 5);
        from(newAddress()).auth().oauth2(alice)
                .when().get("/api/v1/ngos")
                .then().statusCode(429)
                .header("RateLimit", rateLimit("authenticated", 0, 12));
        from(newAddress()).auth().oauth2(TestTokens.signed(uniqueSubject()))
                .when().get("/api/v1/ngos")
                .then().statusCode(200)
                .header("RateLimit", rateLimit("authenticated", 4, 12));
    }

    private static void exhaust(Supplier<RequestSpecification> client, int limit) {
        for (int i = 0; i < limit; i++) {
            client.get().when().get("/api/v1/awards").then().statusCode(200);
        }
    }

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    private static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + n / 256 + "." + n % 256;
    }

    private static String uniqueSubject() {
        return "client-" + UUID.randomUUID();
    }
}
