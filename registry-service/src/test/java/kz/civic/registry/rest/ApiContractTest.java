package kz.civic.registry.rest;

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
import java.util.UUID;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.infra.testing.RequestSchemas;
import kz.civic.registry.RegistryTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The HTTP contract of issue 16 on registry: request schemas list only what the server reads, a malformed id in a
 * path and an unknown query parameter are 400s naming them, every success answer names its schema and every query
 * parameter states its type while a value of the wrong type stays a 400 naming it. (Each answer of every test is
 * also checked against the document: local-infra's ResponseSchemas, enforced in this module's surefire.)
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class ApiContractTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void everyRequestSchemaPropertyIsOneTheServerReads() throws Exception {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(List.of(), RequestSchemas.mismatches(mapper.readTree(document), mapper, NgoResource.class));
    }

    @Test
    void aMalformedIdInThePathIs400AndAnUnknownQueryParameterToo() {
        given().get("/api/v1/ngos/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("id"));
        given().get("/api/v1/ngos?colour=red").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("unknown query parameter"));
        given().get("/api/v1/ngos?limit=abc").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get("/api/v1/ngos?limit=2").then().statusCode(200);
    }

    @Test
    void everySuccessAnswerNamesItsSchemaAndCreationsSay201() throws Exception {
        JsonNode document = mapper.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> untyped = new ArrayList<>();
        List<String> creations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            op.getValue().path("responses").fields().forEachRemaining(answer -> {
                if (answer.getKey().startsWith("2") && !answer.getKey().equals("204")) {
                    JsonNode content = answer.getValue().path("content");
                    if (content.isEmpty()) {
                        untyped.add(op.getKey() + " " + path.getKey() + " " + answer.getKey() + " (no content)");
                    }
                    content.fields().forEachRemaining(media -> {
                        JsonNode schema = media.getValue().path("schema");
                        boolean named = schema.has("$ref") || media.getKey().startsWith("text/") && schema.has("type");
                        if (!named) {
                            untyped.add(op.getKey() + " " + path.getKey() + " " + answer.getKey() + " " + media.getKey());
                        }
                    });
                }
            });
            if (op.getKey().equals("post") && op.getValue().path("responses").has("201")) {
                creations.add(path.getKey());
            }
        }));
        assertEquals(List.of(), untyped, "success answers without a named schema");
        assertEquals(List.of("/api/v1/government-bodies", "/api/v1/ngos", "/api/v1/ngos/{id}/memberships",
                "/api/v1/ngos/{id}/reports", "/api/v1/registration-applications"), creations.stream().sorted().toList());
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (creations.contains(path.getKey()) && op.getKey().equals("post")) {
                assertTrue(op.getValue().path("responses").path("200").isMissingNode(), path.getKey() + " documents 200");
            }
        }));
    }

    @Test
    void queryParametersStateTheirTypes() throws Exception {
        JsonNode document = mapper.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        assertEquals("#/components/schemas/NgoStatus", parameter(document, "/api/v1/ngos", "status").path("$ref").asText());
        assertEquals("#/components/schemas/LegalForm", parameter(document, "/api/v1/ngos", "legalForm").path("$ref").asText());
        assertEquals("boolean", parameter(document, "/api/v1/ngos", "hasCurrentReport").path("type").asText());
        assertEquals("date", parameter(document, "/api/v1/ngos", "registeredFrom").path("format").asText());
        assertEquals("uuid", parameter(document, "/api/v1/ngos", "memberOf").path("format").asText());
        assertEquals(List.of("relevance", "id", "name", "registration-date"),
                mapper.convertValue(parameter(document, "/api/v1/ngos", "sort").path("enum"), List.class));
        assertEquals(5, parameter(document, "/api/v1/ngos/statistics", "by").path("enum").size());
        assertEquals("integer", parameter(document, "/api/v1/ngos/statistics/reporting", "year").path("type").asText());
        assertEquals("#/components/schemas/ApplicationStatus",
                parameter(document, "/api/v1/registration-applications", "status").path("$ref").asText());
        assertEquals("boolean", parameter(document, "/api/v1/registration-applications", "overdue").path("type").asText());
        assertEquals("boolean", parameter(document, "/api/v1/ngos/{id}/memberships", "includeEnded").path("type").asText());
        assertEquals("boolean", parameter(document, "/api/v1/reference/regions", "includeHistorical").path("type").asText());
        assertEquals("date", parameter(document, "/api/v1/reference/regions", "at").path("format").asText());
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheParameter() {
        String registrar = RegistryTestSupport.token("registrar");
        wrongValue(given(), "/api/v1/ngos?status=NOPE", "status");
        wrongValue(given(), "/api/v1/ngos?legalForm=CLUB", "legalForm");
        wrongValue(given(), "/api/v1/ngos?hasCurrentReport=yes", "hasCurrentReport");
        wrongValue(given(), "/api/v1/ngos?registeredFrom=2024-13-01", "registeredFrom");
        wrongValue(given(), "/api/v1/ngos?sort=colour", "sort");
        wrongValue(given().auth().oauth2(registrar), "/api/v1/ngos/statistics?by=colour", "by");
        wrongValue(given().auth().oauth2(registrar), "/api/v1/ngos/statistics/reporting?year=last", "year");
        wrongValue(given().auth().oauth2(registrar), "/api/v1/registration-applications?status=NOPE", "status");
        wrongValue(given().auth().oauth2(registrar), "/api/v1/registration-applications?overdue=maybe", "overdue");
        wrongValue(given(), "/api/v1/ngos/" + UUID.randomUUID() + "/memberships?includeEnded=1", "includeEnded");
        wrongValue(given(), "/api/v1/reference/regions?includeHistorical=yes", "includeHistorical");
        wrongValue(given(), "/api/v1/government-bodies?kind=NOPE", "kind");
        given().auth().oauth2(registrar).get("/api/v1/registration-applications?overdue=true").then().statusCode(200);
        given().get("/api/v1/reference/regions?includeHistorical=true").then().statusCode(200);
    }

    private static void wrongValue(io.restassured.specification.RequestSpecification request, String uri, String name) {
        request.get(uri).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo(name));
    }

    private static JsonNode parameter(JsonNode document, String path, String name) {
        for (JsonNode p : document.path("paths").path(path).path("get").path("parameters")) {
            if (p.path("name").asText().equals(name) && p.path("in").asText().equals("query")) {
                return p.path("schema");
            }
        }
        throw new AssertionError("no query parameter " + name + " on GET " + path);
    }
}
