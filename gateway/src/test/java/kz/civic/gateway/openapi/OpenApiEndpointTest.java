package kz.civic.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import kz.civic.gateway.FakeBackends;
import org.junit.jupiter.api.Test;

/**
 * Against {@link FakeBackends}: registry and forum serve small documents with a clashing
 * {@code Status} schema, procurement serves none (404) and offline is down.
 */
@QuarkusTest
@WithTestResource(FakeBackends.class)
class OpenApiEndpointTest {

    @Test
    void servesOneDocumentWithThePathsOfEveryServiceThatAnswered() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("Civic platform API"))
                .body("servers[0].url", matchesPattern("http://localhost:\\d+"))
                .body("info.contact.email", equalTo("api@civic.local"))
                .body("paths", hasKey("/api/v1/ngos"))
                .body("paths", hasKey("/api/v1/ngos/{id}"))
                .body("paths", hasKey("/api/v1/forums"))
                .body("paths", hasKey("/api/v1/forums/{id}"))
                .body("paths", not(hasKey("/internal/reindex")))
                .body("components.schemas", hasKey("RegistryStatus"))
                .body("components.schemas", hasKey("ForumStatus"))
                .body("components.schemas", not(hasKey("Status")));
    }

    @Test
    void theServerIsTheUrlTheDocumentWasRequestedOn() {
        given().header("Host", "api.civic.test:8443").when().get("/openapi")
                .then().statusCode(200)
                .body("servers", hasSize(1))
                .body("servers[0].url", equalTo("http://api.civic.test:8443"));
    }

    @Test
    void everyReferenceResolves() throws IOException {
        JsonNode merged = new ObjectMapper().readTree(given().when().get("/openapi").then().statusCode(200)
                .extract().asByteArray());
        assertThat(OpenApiDocuments.refs(merged), not(empty()));
        assertThat(OpenApiDocuments.unresolved(merged), empty());
    }

    @Test
    void yamlOnRequest() throws IOException {
        byte[] byQuery = given().queryParam("format", "yaml").when().get("/openapi")
                .then().statusCode(200).contentType("application/yaml").extract().asByteArray();
        byte[] byAccept = given().accept("application/yaml").when().get("/openapi")
                .then().statusCode(200).contentType("application/yaml").extract().asByteArray();
        YAMLMapper yaml = new YAMLMapper();
        JsonNode document = yaml.readTree(byQuery);
        assertThat(OpenApiDocuments.unresolved(document), empty());
        assertThat(document.path("paths").has("/api/v1/forums/{id}"), equalTo(true));
        assertThat(yaml.readTree(byAccept), equalTo(document));
    }

    @Test
    void swaggerUiReadsTheMergedDocument() {
        given().when().get("/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/openapi"))
                .body(not(containsString("/q/openapi")));
    }
}
