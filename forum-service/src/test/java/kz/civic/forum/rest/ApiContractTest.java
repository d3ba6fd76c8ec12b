package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.civic.infra.testing.ApiDocumentChecks;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.infra.testing.RequestSchemas;
import org.junit.jupiter.api.Test;

/**
 * The HTTP contract of issue 16 on forum: request schemas list only what the server reads, a malformed id in a
 * path and an unknown query parameter are 400s naming them; every success answer names its schema (creates under
 * 201) and every query parameter states its type. Every answer of every test is also checked against the document
 * ({@code civic.response-schemas=enforce} in the pom).
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class ApiContractTest {

    @Inject
    ObjectMapper mapper;

    /** Query parameters that are free text or opaque: a plain string is their true type. */
    private static final Set<String> FREE_TEXT = Set.of("cursor", "q", "region", "sphere");

    @Test
    void everyRequestSchemaPropertyIsOneTheServerReads() {
        assertEquals(List.of(), RequestSchemas.mismatches(ApiDocumentChecks.document(mapper), mapper, ForumResource.class));
    }

    @Test
    void aMalformedIdInThePathIs400AndAnUnknownQueryParameterToo() {
        ApiDocumentChecks.malformedIdAndUnknownParameterAre400("/api/v1/forums");
    }

    @Test
    void everySuccessAnswerNamesItsSchemaAndCreatesAnswer201() {
        JsonNode document = ApiDocumentChecks.document(mapper);
        JsonNode paths = document.path("paths");
        List<String> untyped = new ArrayList<>(ApiDocumentChecks.untypedSuccessAnswers(document));
        paths.fieldNames().forEachRemaining(path -> {
            JsonNode post = paths.path(path).path("post");
            if (!post.isMissingNode() && !path.endsWith("/status-changes") && !path.endsWith("/co-authors")
                    && !post.path("responses").has("201")) {
                untyped.add("POST " + path + " documents no 201");
            }
        });
        assertEquals(List.of(), untyped);
    }

    @Test
    void everyQueryParameterStatesItsType() {
        JsonNode doc = ApiDocumentChecks.document(mapper);
        JsonNode paths = doc.path("paths");
        assertEquals(List.of(), ApiDocumentChecks.bareStringQueryParameters(doc, FREE_TEXT));
        JsonNode list = paths.path("/api/v1/recommendations").path("get").path("parameters");
        JsonNode status = null;
        JsonNode sdg = null;
        for (JsonNode parameter : list) {
            if (parameter.path("name").asText().equals("status")) {
                status = parameter.path("schema");
            } else if (parameter.path("name").asText().equals("sdg")) {
                sdg = parameter.path("schema");
            }
        }
        String ref = status.path("$ref").asText();
        JsonNode statusSchema = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        assertTrue(statusSchema.path("enum").toString().contains("PARTIALLY_IMPLEMENTED"), statusSchema.toString());
        assertEquals("integer", sdg.path("type").asText());
        assertEquals(1, sdg.path("minimum").asInt());
        assertEquals(17, sdg.path("maximum").asInt());
    }

    @Test
    void aQueryParameterOfTheWrongTypeIs400NamingIt() {
        for (String[] bad : new String[][] { { "status", "NOPE" }, { "addresseeType", "NOPE" }, { "sourceType", "x" },
                { "forumId", "not-a-uuid" }, { "sdg", "18" }, { "sdg", "x" } }) {
            ApiDocumentChecks.wrongValueIs400(given().queryParam(bad[0], bad[1]), "/api/v1/recommendations", bad[0]);
        }
        given().queryParam("status", "SUBMITTED").get("/api/v1/recommendations").then().statusCode(200);
    }
}
