package kz.civic.registry.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.infra.testing.ApiDocumentChecks.wrongValueIs400;
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
import java.util.UUID;
import kz.civic.infra.testing.ApiDocumentChecks;
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

    /** Query parameters whose true type is free text or a code: a plain string. */
    private static final Set<String> OPAQUE = Set.of("cursor", "q", "region", "sphere", "regionCode", "sphereCode");

    @Inject
    ObjectMapper mapper;

    @Test
    void everyRequestSchemaPropertyIsOneTheServerReads() {
        assertEquals(List.of(), RequestSchemas.mismatches(ApiDocumentChecks.document(mapper), mapper, NgoResource.class));
    }

    @Test
    void aMalformedIdInThePathIs400AndAnUnknownQueryParameterToo() {
        ApiDocumentChecks.malformedIdAndUnknownParameterAre400("/api/v1/ngos");
    }

    @Test
    void everySuccessAnswerNamesItsSchemaAndCreationsSay201() {
        JsonNode document = ApiDocumentChecks.document(mapper);
        assertEquals(List.of(), ApiDocumentChecks.untypedSuccessAnswers(document), "success answers without a named schema");
        List<String> creations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            JsonNode post = path.getValue().path("post");
            if (post.path("responses").has("201")) {
                creations.add(path.getKey());
                assertTrue(post.path("responses").path("200").isMissingNode(), path.getKey() + " documents 200");
            }
        });
        assertEquals(List.of("/api/v1/government-bodies", "/api/v1/ngos", "/api/v1/ngos/{id}/memberships",
                "/api/v1/ngos/{id}/reports", "/api/v1/registration-applications"), creations.stream().sorted().toList());
    }

    @Test
    void queryParametersStateTheirTypes() {
        JsonNode document = ApiDocumentChecks.document(mapper);
        assertEquals(List.of(), ApiDocumentChecks.bareStringQueryParameters(document, OPAQUE));
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
        wrongValueIs400(given(), "/api/v1/ngos?status=NOPE", "status");
        wrongValueIs400(given(), "/api/v1/ngos?legalForm=CLUB", "legalForm");
        wrongValueIs400(given(), "/api/v1/ngos?hasCurrentReport=yes", "hasCurrentReport");
        wrongValueIs400(given(), "/api/v1/ngos?registeredFrom=2024-13-01", "registeredFrom");
        wrongValueIs400(given(), "/api/v1/ngos?sort=colour", "sort");
        wrongValueIs400(given().auth().oauth2(registrar), "/api/v1/ngos/statistics?by=colour", "by");
        wrongValueIs400(given().auth().oauth2(registrar), "/api/v1/ngos/statistics/reporting?year=last", "year");
        wrongValueIs400(given().auth().oauth2(registrar), "/api/v1/registration-applications?status=NOPE", "status");
        wrongValueIs400(given().auth().oauth2(registrar), "/api/v1/registration-applications?overdue=maybe", "overdue");
        wrongValueIs400(given(), "/api/v1/ngos/" + UUID.randomUUID() + "/memberships?includeEnded=1", "includeEnded");
        wrongValueIs400(given(), "/api/v1/reference/regions?includeHistorical=yes", "includeHistorical");
        wrongValueIs400(given(), "/api/v1/government-bodies?kind=NOPE", "kind");
        given().auth().oauth2(registrar).get("/api/v1/registration-applications?overdue=true").then().statusCode(200);
        given().get("/api/v1/reference/regions?includeHistorical=true").then().statusCode(200);
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
