package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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

    @Test
    void everyRequestSchemaPropertyIsOneTheServerReads() throws Exception {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(List.of(), RequestSchemas.mismatches(mapper.readTree(document), mapper, ForumResource.class));
    }

    @Test
    void aMalformedIdInThePathIs400AndAnUnknownQueryParameterToo() {
        given().get("/api/v1/forums/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("id"));
        given().get("/api/v1/forums?colour=red").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("unknown query parameter"));
        given().get("/api/v1/forums?limit=abc").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get("/api/v1/forums?limit=2").then().statusCode(200);
    }

    /** Query parameters that are free text or opaque: a plain string is their true type. */
    private static final Set<String> FREE_TEXT = Set.of("cursor", "q", "region", "sphere");

    @Test
    void everySuccessAnswerNamesItsSchemaAndCreatesAnswer201() throws Exception {
        JsonNode paths = document().path("paths");
        List<String> untyped = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().path("responses");
            responses.fieldNames().forEachRemaining(code -> {
                if (code.startsWith("2") && !code.equals("204")) {
                    JsonNode schema = responses.path(code).path("content").path("application/json").path("schema");
                    JsonNode csv = responses.path(code).path("content").path("text/csv").path("schema");
                    if ((schema.isMissingNode() || schema.isEmpty()) && (csv.isMissingNode() || csv.isEmpty())) {
                        untyped.add(op.getKey().toUpperCase() + " " + path + " " + code);
                    }
                }
            });
            if (op.getKey().equals("post") && !path.endsWith("/status-changes") && !path.endsWith("/co-authors")
                    && !responses.has("201")) {
                untyped.add("POST " + path + " documents no 201");
            }
        }));
        assertEquals(List.of(), untyped);
    }

    @Test
    void everyQueryParameterStatesItsType() throws Exception {
        JsonNode doc = document();
        JsonNode paths = doc.path("paths");
        List<String> plain = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fields().forEachRemaining(op -> {
            for (JsonNode parameter : op.getValue().path("parameters")) {
                JsonNode schema = parameter.path("schema");
                boolean bareString = schema.path("type").asText().equals("string") && !schema.has("enum")
                        && !schema.has("format") && !schema.has("maxLength") && !schema.has("pattern");
                if ("query".equals(parameter.path("in").asText()) && bareString
                        && !FREE_TEXT.contains(parameter.path("name").asText())) {
                    plain.add(op.getKey().toUpperCase() + " " + path + " " + parameter.path("name").asText());
                }
            }
        }));
        assertEquals(List.of(), plain);
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
            given().queryParam(bad[0], bad[1]).get("/api/v1/recommendations").then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo(bad[0]));
        }
        given().queryParam("status", "SUBMITTED").get("/api/v1/recommendations").then().statusCode(200);
    }

    private JsonNode document() throws Exception {
        return mapper.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }
}
