package kz.civic.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import kz.civic.gateway.FakeBackends;
import kz.civic.gateway.RequestIds;
import org.junit.jupiter.api.Test;

/**
 * Against the registry document of {@link FakeBackends}: {@code /api/v1/ngos} has GET and POST (JSON),
 * {@code /api/v1/ngos/{id}} GET, PUT (JSON or a vendor type) and DELETE (no body). Procurement serves
 * no document, so nothing is judged there.
 */
@QuarkusTest
@WithTestResource(FakeBackends.class)
class DocumentedOperationsTest {

    private static final String NGO = "/api/v1/ngos/0b7e5f0e-2c1d-4e1a-9a53-3f4f1b2c9d10";

    @Test
    void anUndocumentedMethodIs405WithAllowAndIsNotForwarded() {
        String requestId = UUID.randomUUID().toString();
        given().header(RequestIds.HEADER, requestId)
                .when().patch(NGO)
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "GET, HEAD, PUT, DELETE, OPTIONS")
                .body("type", equalTo("/problems/http-405"))
                .header("Content-Language", "ru")
                .body("title", equalTo("Метод не поддерживается"))
                .body("status", equalTo(405))
                .body("detail", equalTo("PATCH is not an operation of /api/v1/ngos/{id}; allowed: GET, HEAD, PUT, DELETE, OPTIONS"))
                .body("instance", equalTo(NGO))
                .body("requestId", equalTo(requestId));
        assertNotSeen(requestId);
        given().when().delete("/api/v1/ngos/")
                .then().statusCode(405)
                .header("Allow", "GET, HEAD, POST, OPTIONS");
    }

    @Test
    void documentedMethodsPassAndHeadGoesWhereGetDoes() {
        given().when().get(NGO).then().statusCode(200).body("method", equalTo("GET"));
        given().when().delete(NGO).then().statusCode(200).body("method", equalTo("DELETE"));
        given().when().head(NGO).then().statusCode(200);
        given().when().options(NGO).then().statusCode(200).body("method", equalTo("OPTIONS"));
    }

    @Test
    void aBodyOfAnotherMediaTypeIs415AndIsNotForwarded() {
        String requestId = UUID.randomUUID().toString();
        given().header(RequestIds.HEADER, requestId).contentType("text/plain").body("name=x")
                .when().post("/api/v1/ngos")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/http-415"))
                .body("title", equalTo("Неподдерживаемый тип содержимого"))
                .body("detail", equalTo("POST /api/v1/ngos accepts a body of application/json only"))
                .body("requestId", equalTo(requestId));
        assertNotSeen(requestId);
        given().contentType("application/xml").body("<ngo/>")
                .when().put(NGO)
                .then().statusCode(415)
                .body("detail", equalTo("PUT /api/v1/ngos/{id} accepts a body of application/json, "
                        + "application/vnd.civic.ngo+json only"));
    }

    @Test
    void aBodyWithoutContentTypeOrToABodilessOperationIs415() {
        given().body(new byte[] {'{', '}'})
                .when().post("/api/v1/ngos")
                .then().statusCode(415);
        given().contentType("application/json").body("{}")
                .when().delete(NGO)
                .then().statusCode(415)
                .body("detail", equalTo("DELETE /api/v1/ngos/{id} takes no request body"));
    }

    @Test
    void documentedMediaTypesPassWhateverTheirParameters() {
        given().contentType("application/json; charset=UTF-8").body("{\"a\":1}")
                .when().post("/api/v1/ngos")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"a\":1}"));
        given().contentType("application/vnd.civic.ngo+json").body("{}")
                .when().put(NGO)
                .then().statusCode(200).body("method", equalTo("PUT"));
        given().when().post("/api/v1/ngos").then().statusCode(200);
    }

    @Test
    void undocumentedPathsAndBackendsWithoutADocumentAreLeftToTheService() {
        given().when().patch("/api/v1/registration-applications/1").then().statusCode(200).body("backend", equalTo("registry"));
        given().contentType("text/csv").body("a,b")
                .when().delete("/api/v1/awards/1")
                .then().statusCode(200).body("backend", equalTo("procurement"));
    }

    private static void assertNotSeen(String requestId) {
        given().queryParam("requestId", requestId)
                .when().get("/api/v1/registry/_seen")
                .then().statusCode(200)
                .body("seen", equalTo(false));
    }
}
