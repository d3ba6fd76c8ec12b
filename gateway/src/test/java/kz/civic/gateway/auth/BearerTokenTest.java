package kz.civic.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.UUID;
import kz.civic.gateway.FakeBackends;
import kz.civic.gateway.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeBackends.class)
class BearerTokenTest {

    @Test
    void forwardsAValidTokenUnchanged() {
        String token = claims().sign();
        given().auth().oauth2(token)
                .when().get("/api/v1/ngos/mine")
                .then().statusCode(200)
                .body("headers.authorization", equalTo("Bearer " + token));
    }

    @Test
    void toleratesThirtySecondsOfClockSkew() {
        String token = claims().issuedAt(Instant.now().minusSeconds(600))
                .expiresAt(Instant.now().minusSeconds(10)).sign();
        given().auth().oauth2(token)
                .when().get("/api/v1/ngos/mine")
                .then().statusCode(200);
    }

    @Test
    void rejectsAMalformedToken() {
        assertRejectedAndNotForwarded("not-a-jwt");
    }

    @Test
    void rejectsATokenSignedWithAnotherKey() throws NoSuchAlgorithmException {
        assertRejectedAndNotForwarded(claims().sign(foreignKey()));
    }

    @Test
    void rejectsAnExpiredToken() {
        assertRejectedAndNotForwarded(claims().issuedAt(Instant.now().minusSeconds(600))
                .expiresAt(Instant.now().minusSeconds(120)).sign());
    }

    @Test
    void rejectsATokenForAnotherAudience() {
        assertRejectedAndNotForwarded(claims().audience("other-api").sign());
    }

    @Test
    void rejectsATokenFromAnotherIssuer() {
        assertRejectedAndNotForwarded(claims().issuer("https://evil.example").sign());
    }

    @Test
    void rejectsASecondAuthorizationHeaderNextToAValidToken() {
        String requestId = UUID.randomUUID().toString();
        given().header("Authorization", "Bearer " + claims().sign()).header("Authorization", "Bearer forged")
                .header("X-Request-Id", requestId)
                .when().get("/api/v1/ngos")
                .then().statusCode(401)
                .body("requestId", equalTo(requestId));
        assertNotForwarded(requestId);
    }

    private static JwtClaimsBuilder claims() {
        return TestTokens.claims("alice");
    }

    private static PrivateKey foreignKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPrivate();
    }

    private static void assertRejectedAndNotForwarded(String token) {
        String requestId = UUID.randomUUID().toString();
        given().auth().oauth2(token).header("X-Request-Id", requestId)
                .when().get("/api/v1/ngos")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .header("X-Request-Id", requestId)
                .body("type", equalTo("/problems/unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/ngos"))
                .body("requestId", equalTo(requestId));
        assertNotForwarded(requestId);
    }

    private static void assertNotForwarded(String requestId) {
        given().queryParam("requestId", requestId)
                .when().get("/api/v1/registry/_seen")
                .then().statusCode(200)
                .body("seen", equalTo(false));
    }
}
