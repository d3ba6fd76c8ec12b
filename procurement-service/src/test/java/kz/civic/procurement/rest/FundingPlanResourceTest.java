package kz.civic.procurement.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.procurement.support.Procurement.planBody;
import static kz.civic.procurement.support.Procurement.post;
import static kz.civic.procurement.support.Procurement.rowsWritten;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.infra.testing.TestKafka;
import kz.civic.infra.testing.EventContracts;
import kz.civic.procurement.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class FundingPlanResourceTest {

    @Test
    void officerDraftsAPlanForAKnownCustomer() {
        Map<String, Object> body = planBody("STATE_GRANT", "250000000.00");
        String id = post("/api/v1/funding-plans", body).then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).body("customerId", equalTo(body.get("customerId")))
                .body("budget.amount", equalTo(250000000.0f)).body("budget.currency", equalTo("KZT"))
                .body("instrument", equalTo("STATE_GRANT")).extract().path("id");
        given().get("/api/v1/funding-plans/" + id).then().statusCode(200).body("title.ru", equalTo("Гранты для НПО на 2026 год"));
        given().get("/api/v1/funding-plans?limit=200").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void unknownCustomerIs422AndWritesNothing() {
        Map<String, Object> body = planBody("STATE_GRANT", "1000.00");
        body.put("customerId", UUID.randomUUID().toString());
        long before = rowsWritten();
        post("/api/v1/funding-plans", body).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-government-body")).body("errors[0].field", equalTo("customerId"));
        assertEquals(before, rowsWritten());
    }

    @Test
    void invalidPlansAre400() {
        Map<String, Object> regional = planBody("STATE_SOCIAL_ORDER", "1000.00");
        regional.put("level", "REGIONAL");
        post("/api/v1/funding-plans", regional).then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> usd = planBody("STATE_SOCIAL_ORDER", "1000.00");
        usd.put("budget", Map.of("amount", "1000.00", "currency", "USD"));
        post("/api/v1/funding-plans", usd).then().statusCode(400);
        Map<String, Object> instrument = planBody("LOTTERY", "1000.00");
        post("/api/v1/funding-plans", instrument).then().statusCode(400);
    }

    @Test
    void onlyProcurementOfficersDraftPlans() {
        Map<String, Object> body = planBody("STATE_GRANT", "1000.00");
        given().contentType("application/json").body(body).post("/api/v1/funding-plans").then().statusCode(401);
        given().auth().oauth2(Tokens.of("analyst")).contentType("application/json").body(body)
                .post("/api/v1/funding-plans").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void approvalNeedsIfMatchPublishesTheEventAndHappensOnce() {
        String id = post("/api/v1/funding-plans", planBody("STATE_GRANT", "5000000.00")).then().statusCode(201)
                .extract().path("id");
        String approval = "/api/v1/funding-plans/" + id + "/approval";
        given().auth().oauth2(Tokens.officer()).post(approval).then().statusCode(428);
        given().auth().oauth2(Tokens.officer()).header("If-Match", "\"7\"").post(approval).then().statusCode(412);
        given().auth().oauth2(Tokens.of("ngo")).header("If-Match", "\"0\"").post(approval).then().statusCode(403);
        given().auth().oauth2(Tokens.officer()).header("If-Match", "\"0\"").post(approval).then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("APPROVED"));
        given().auth().oauth2(Tokens.officer()).header("If-Match", "\"1\"").post(approval).then().statusCode(409)
                .body("type", equalTo("/problems/already-approved"));

        JsonNode event = TestKafka.events("procurement.funding-plans", id, 1).get(0);
        Set<?> violations = EventContracts.violations(event.at("/type").asText(), event);
        assertTrue(violations.isEmpty(), "event violates its schema: " + violations);
        assertEquals("kz.civic.procurement.funding-plan.approved.v1", event.at("/type").asText());
        assertEquals("APPROVED", event.at("/data/status").asText());
        assertEquals(1, event.at("/data/version").asInt());
        assertEquals(5000000.0, event.at("/data/budget/amount").asDouble());
    }
}
