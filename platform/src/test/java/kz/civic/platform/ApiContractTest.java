package kz.civic.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.civic.infra.testing.InfraTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What every service inherits from the platform for its API contract: the {@code API-Version} header on every
 * answer, and the document the {@code ApiDocumentFilter} completes (problem+json errors with the Problem schema,
 * the header declared on every response, operation ids made of method and path), on the test application.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class ApiContractTest {

    private static final String HEADER = "API-Version";

    @ConfigProperty(name = "civic.api.version")
    String version;

    @Test
    void theVersionIsTheRootPomsFullVersion() {
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
    }

    @Test
    void everyAnswerCarriesTheApiVersion() {
        Response created = given().contentType("application/json").body("{\"name\":\"versioned\"}").post("/widgets");
        created.then().statusCode(201).header(HEADER, version);
        String location = created.header("Location");
        given().get(location).then().statusCode(200).header(HEADER, version);
        given().header("If-None-Match", created.header("ETag")).get(location).then().statusCode(304)
                .header(HEADER, version);
        given().get("/widgets/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json").header(HEADER, version);
        given().contentType("application/json").body("{\"name\":\"\"}").post("/widgets").then().statusCode(400)
                .header(HEADER, version);
        given().get("/widgets/boom").then().statusCode(500).header(HEADER, version);
        given().contentType("application/json").body("{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .post("/widgets").then().statusCode(413).header(HEADER, version);
        given().get("/q/openapi").then().statusCode(200).header(HEADER, version);
        given().get("/no-such-path").then().statusCode(404).header(HEADER, version);
    }

    @Test
    void theDocumentDeclaresTheContract() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asByteArray());
        assertEquals(version, document.at("/info/version").asText());
        assertTrue(document.at("/info/contact/email").asText().contains("@"), "info.contact: " + document.at("/info"));
        assertEquals("string", document.at("/components/headers/API-Version/schema/type").asText());
        Map<String, String> ids = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            ids.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue().path("operationId").asText());
            op.getValue().path("responses").fields().forEachRemaining(response -> {
                String where = op.getKey() + " " + path.getKey() + " " + response.getKey();
                if (!"#/components/headers/API-Version".equals(
                        response.getValue().at("/headers/API-Version/$ref").asText())) {
                    wrong.add(where + ": no API-Version");
                }
                if (response.getKey().matches("[45]\\d\\d") && (response.getValue().path("content").size() != 1
                        || !"#/components/schemas/Problem".equals(response.getValue()
                                .at("/content/application~1problem+json/schema/$ref").asText()))) {
                    wrong.add(where + ": not problem+json with the Problem schema");
                }
            });
        }));
        assertEquals(List.of(), wrong);
        assertEquals(Map.of(
                "POST /widgets", "createWidget",
                "GET /widgets", "listWidgets",
                "GET /widgets/{id}", "getWidget",
                "PUT /widgets/{id}", "replaceWidget",
                "GET /widgets/boom", "getWidgetsBoom",
                "GET /widgets/statistics", "getWidgetsStatistics",
                "GET /widgets/statistics/plain", "getWidgetsStatisticsPlain"), ids);
    }
}
