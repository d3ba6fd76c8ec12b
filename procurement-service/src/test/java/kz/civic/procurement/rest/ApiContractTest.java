package kz.civic.procurement.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.procurement.support.Procurement.grantCallBody;
import static kz.civic.procurement.support.Procurement.planBody;
import static kz.civic.procurement.support.Procurement.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.civic.infra.testing.ApiDocumentChecks;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.infra.testing.RequestSchemas;
import kz.civic.procurement.support.Procurement;
import kz.civic.procurement.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The HTTP contract of issue 16 on procurement: request schemas list only what the server reads, class-level rules
 * name the real field, a malformed id in a path and an unknown query parameter are 400s naming them.
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ApiContractTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void everyRequestSchemaPropertyIsOneTheServerReads() {
        assertEquals(List.of(), RequestSchemas.mismatches(ApiDocumentChecks.document(mapper), mapper, CallResource.class));
    }

    @Test
    void classLevelRulesNameTheRealField() {
        Map<String, Object> plan = planBody("STATE_SOCIAL_ORDER", "1000.00");
        plan.put("level", "REGIONAL");
        post("/api/v1/funding-plans", plan).then().statusCode(400).body("errors", hasSize(1))
                .body("errors[0].field", equalTo("regionCode")).body("errors[0].message", equalTo("a REGIONAL plan names its region"));
        Map<String, Object> untitled = planBody("STATE_SOCIAL_ORDER", "1000.00");
        untitled.put("title", Map.of("en", "English only"));
        post("/api/v1/funding-plans", untitled).then().statusCode(400).body("errors", hasSize(1))
                .body("errors[0].field", equalTo("title")).body("errors[0].message", equalTo("kk or ru is required"));

        String planId = Procurement.approvedPlan("STATE_GRANT", "900000000.00");
        Map<String, Object> reversed = grantCallBody(planId, "5000000.00");
        reversed.put("applicationWindow", Map.of("opensOn", "2026-12-10", "closesOn", "2026-12-01"));
        post("/api/v1/calls", reversed).then().statusCode(400).body("errors", hasSize(1))
                .body("errors[0].field", equalTo("applicationWindow.closesOn"))
                .body("errors[0].message", equalTo("must be after opensOn"));
        Map<String, Object> criteria = grantCallBody(planId, "5000000.00");
        List<Object> list = new ArrayList<>((List<?>) criteria.get("criteria"));
        list.set(1, Map.of("code", "BUDGET", "name", Map.of("en", "Budget"), "weight", 0));
        criteria.put("criteria", list);
        post("/api/v1/calls", criteria).then().statusCode(400).body("errors", hasSize(2))
                .body("errors[0].field", equalTo("criteria[1].name")).body("errors[1].field", equalTo("criteria[1].weight"));
    }

    @Test
    void aMalformedIdInThePathIs400AndAnUnknownQueryParameterToo() {
        ApiDocumentChecks.malformedIdAndUnknownParameterAre400("/api/v1/calls");
        ApiDocumentChecks.wrongValueIs400(given(), "/api/v1/calls?status=SLEEPING", "status");
    }

    /**
     * Query parameters are documented with their true types (issue 16: enums, UUIDs, integers were plain strings), yet
     * a value of the wrong type stays a 400 validation problem naming the parameter (not JAX-RS's 404).
     */
    @Test
    void queryParametersAreTypedAndAWrongValueIs400NamingIt() {
        JsonNode document = ApiDocumentChecks.document(mapper);
        assertEquals(List.of(), ApiDocumentChecks.bareStringQueryParameters(document, Set.of("cursor")),
                "query parameters documented as bare strings");
        JsonNode calls = document.path("paths").path("/api/v1/calls").path("get").path("parameters");
        for (JsonNode parameter : calls) {
            if ("status".equals(parameter.path("name").asText())) {
                assertEquals("#/components/schemas/CallStatus", parameter.path("schema").path("$ref").asText());
            }
        }

        Map<String, String> wrong = Map.of("/api/v1/calls?status=NOPE", "status", "/api/v1/calls?planId=42", "planId",
                "/api/v1/contracts?awardId=x", "awardId", "/api/v1/calls?limit=ten", "limit",
                "/api/v1/open-data/ocds/releases?since=yesterday", "since");
        wrong.forEach((uri, parameter) -> ApiDocumentChecks.wrongValueIs400(given(), uri, parameter));
        ApiDocumentChecks.wrongValueIs400(given().auth().oauth2(Tokens.officer()), "/api/v1/applications?status=NOPE", "status");
    }
}
