package kz.civic.procurement.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.procurement.support.Procurement.approvedPlan;
import static kz.civic.procurement.support.Procurement.changeCall;
import static kz.civic.procurement.support.Procurement.grantCall;
import static kz.civic.procurement.support.Procurement.grantCallBody;
import static kz.civic.procurement.support.Procurement.planBody;
import static kz.civic.procurement.support.Procurement.post;
import static kz.civic.procurement.support.Procurement.rowsWritten;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.infra.testing.TestKafka;
import kz.civic.procurement.support.Db;
import kz.civic.procurement.support.Pagination;
import kz.civic.procurement.support.RegistryEvents;
import kz.civic.infra.testing.EventContracts;
import kz.civic.procurement.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class CallResourceTest {

    private static String grantPlan;

    private static synchronized String grantPlan() {
        if (grantPlan == null) {
            grantPlan = approvedPlan("STATE_GRANT", "900000000.00");
        }
        return grantPlan;
    }

    /** Posts a grant call body changed by {@code edit}; expects 422 {@code slug} on {@code field} and nothing written. */
    private static void rejected(Consumer<Map<String, Object>> edit, String slug, String field) {
        Map<String, Object> body = grantCallBody(grantPlan(), "5000000.00");
        edit.accept(body);
        long before = rowsWritten();
        post("/api/v1/calls", body).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/" + slug)).body("errors[0].field", equalTo(field));
        assertEquals(before, rowsWritten(), "a rejected call wrote something");
    }

    @Test
    void aCallFinancesActionPlanItemsKnownFromForumEvents() {
        UUID recommendation = RegistryEvents.recommendation();
        UUID item = RegistryEvents.actionPlanItem(recommendation);
        assertEquals(1, Db.count("SELECT count(*) FROM action_plan_item_replica WHERE id = ?::uuid "
                + "AND recommendation_ids = ARRAY[?::uuid] AND status = 'PLANNED'", item.toString(), recommendation.toString()));

        Map<String, Object> unknown = grantCallBody(grantPlan(), "5000000.00");
        unknown.put("actionPlanItemIds", List.of(item.toString(), UUID.randomUUID().toString()));
        long before = rowsWritten();
        post("/api/v1/calls", unknown).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-action-plan-item"))
                .body("errors[0].field", equalTo("actionPlanItemIds[1]"));
        assertEquals(before, rowsWritten(), "a rejected call wrote something");

        Map<String, Object> body = grantCallBody(grantPlan(), "5000000.00");
        body.put("recommendationIds", List.of(recommendation.toString()));
        body.put("actionPlanItemIds", List.of(item.toString()));
        String id = post("/api/v1/calls", body).then().statusCode(201)
                .body("actionPlanItemIds", contains(item.toString()))
                .body("recommendationIds", contains(recommendation.toString())).extract().path("id");
        given().get("/api/v1/calls/" + id).then().statusCode(200).body("actionPlanItemIds", contains(item.toString()));
    }

    @Test
    void callsAreFilteredByRecommendationAndActionPlanItem() {
        UUID recommendation = RegistryEvents.recommendation();
        UUID item = RegistryEvents.actionPlanItem(recommendation);
        Map<String, Object> both = grantCallBody(grantPlan(), "5000000.00");
        both.put("recommendationIds", List.of(recommendation.toString()));
        both.put("actionPlanItemIds", List.of(item.toString()));
        String withBoth = post("/api/v1/calls", both).then().statusCode(201).extract().path("id");
        Map<String, Object> onlyRecommendation = grantCallBody(grantPlan(), "5000000.00");
        onlyRecommendation.put("recommendationIds", List.of(RegistryEvents.recommendation().toString(),
                recommendation.toString()));
        String withRecommendation = post("/api/v1/calls", onlyRecommendation).then().statusCode(201).extract().path("id");
        post("/api/v1/calls", grantCallBody(grantPlan(), "5000000.00")).then().statusCode(201);

        assertEquals(Set.of(withBoth, withRecommendation), Set.copyOf(Pagination.walk("/api/v1/calls?recommendationId="
                + recommendation, null, 1, "id")));
        assertEquals(List.of(withBoth), Pagination.walk("/api/v1/calls?actionPlanItemId=" + item, null, 50, "id"));
        assertEquals(List.of(withBoth), Pagination.walk("/api/v1/calls?recommendationId=" + recommendation
                + "&actionPlanItemId=" + item + "&status=PLANNED&planId=" + grantPlan(), null, 50, "id"));
        given().get("/api/v1/calls?recommendationId=" + UUID.randomUUID()).then().statusCode(200).body("items", empty());
        for (String query : List.of("recommendationId=x", "actionPlanItemId=1")) {
            given().get("/api/v1/calls?" + query).then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void officerCreatesAGrantCallLinkedToRecommendations() {
        UUID recommendation = RegistryEvents.recommendation();
        Map<String, Object> body = grantCallBody(grantPlan(), "5000000.00");
        body.put("recommendationIds", List.of(recommendation.toString()));
        String id = post("/api/v1/calls", body).then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("PLANNED")).body("criteria.code", contains("RELEVANCE", "BUDGET"))
                .body("criteria.weight", contains(60, 40)).body("recommendationIds", contains(recommendation.toString()))
                .body("grantBand", equalTo("SHORT_TERM")).body("applicationWindow.closesOn", equalTo("2026-12-22"))
                // 10 working days after 22 December skip 1, 2 (moved to the 4th) and 7 January; then 15 more
                .body("deadlines.complianceCheckDueOn", equalTo("2027-01-08"))
                .body("deadlines.evaluationDueOn", equalTo("2027-01-29"))
                .extract().path("id");
        given().get("/api/v1/calls/" + id).then().statusCode(200).body("amount.amount", equalTo(5000000.0f));
        given().get("/api/v1/calls?planId=" + grantPlan() + "&status=PLANNED&limit=200").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void weightsMustSumTo100() {
        rejected(b -> b.put("criteria", List.of(Map.of("code", "RELEVANCE", "name", Map.of("ru", "Актуальность"),
                "weight", 90))), "criteria-weights", "criteria");
    }

    @Test
    void criterionCodesAreUnique() {
        rejected(b -> b.put("criteria", List.of(Map.of("code", "A", "name", Map.of("ru", "А"), "weight", 50),
                Map.of("code", "A", "name", Map.of("ru", "Б"), "weight", 50))), "duplicate-criterion", "criteria[1].code");
    }

    @Test
    void unknownRecommendationIs422() {
        rejected(b -> b.put("recommendationIds", List.of(UUID.randomUUID().toString())), "unknown-recommendation",
                "recommendationIds[0]");
    }

    /** A recommendation forum's events moved from SUBMITTED to {@code status}, as procurement's replica keeps it. */
    private static UUID recommendationIn(String status) {
        UUID id = RegistryEvents.recommendation();
        String event = UUID.randomUUID().toString();
        TestKafka.send(RegistryEvents.RECOMMENDATIONS, id.toString(), RegistryEvents.recommendationStatusChanged(event, id,
                2, "SUBMITTED", status));
        RegistryEvents.awaitApplied(event);
        assertEquals(1, Db.count("SELECT count(*) FROM recommendation_replica WHERE id = ?::uuid AND status = ?",
                id.toString(), status));
        return id;
    }

    @Test
    void aCallImplementsOnlyRecommendationsStillOpen() {
        String open = recommendationIn("ACCEPTED").toString();
        for (String status : List.of("IMPLEMENTED", "DECLINED", "MERGED")) {
            String closed = recommendationIn(status).toString();
            rejected(b -> b.put("recommendationIds", List.of(open, closed)), "recommendation-closed", "recommendationIds[1]");
        }
        String partly = recommendationIn("PARTIALLY_IMPLEMENTED").toString();
        Map<String, Object> body = grantCallBody(grantPlan(), "5000000.00");
        body.put("recommendationIds", List.of(open, partly));
        post("/api/v1/calls", body).then().statusCode(201).body("recommendationIds", contains(open, partly));
    }

    @Test
    void unknownPlanIs422() {
        rejected(b -> b.put("planId", UUID.randomUUID().toString()), "unknown-funding-plan", "planId");
    }

    @Test
    void grantWindowIs20To30Days() {
        // both dates count: 1-19 December is 19 days, 1-31 December 31
        rejected(b -> b.put("applicationWindow", Map.of("opensOn", "2026-12-01", "closesOn", "2026-12-19")),
                "application-window", "applicationWindow");
        rejected(b -> b.put("applicationWindow", Map.of("opensOn", "2026-12-01", "closesOn", "2026-12-31")),
                "application-window", "applicationWindow");
        for (String closes : List.of("2026-12-20", "2026-12-30")) {
            Map<String, Object> body = grantCallBody(grantPlan(), "3000000.00");
            body.put("applicationWindow", Map.of("opensOn", "2026-12-01", "closesOn", closes));
            post("/api/v1/calls", body).then().statusCode(201);
        }
    }

    @Test
    void grantCallsFitTheirBand() {
        rejected(b -> b.remove("grantBand"), "grant-band-required", "grantBand");
        rejected(b -> b.put("grantBand", "FOREVER"), "unknown-grant-band", "grantBand");
        rejected(b -> b.put("durationMonths", 18), "duration-outside-band", "durationMonths");
        // 500 MCI at 4,325 KZT (2026) = 2,162,500 KZT is the smallest short-term grant
        rejected(b -> b.put("amount", Map.of("amount", "2162499.99", "currency", "KZT")), "amount-below-band", "amount.amount");
    }

    @Test
    void callsNeverExceedThePlanBudget() {
        String plan = approvedPlan("STATE_GRANT", "6000000.00");
        post("/api/v1/calls", grantCallBody(plan, "4000000.00")).then().statusCode(201);
        long before = rowsWritten();
        post("/api/v1/calls", grantCallBody(plan, "2500000.00")).then().statusCode(422)
                .body("type", equalTo("/problems/plan-budget-exceeded"));
        assertEquals(before, rowsWritten());
        post("/api/v1/calls", grantCallBody(plan, "2162500.00")).then().statusCode(422)
                .body("type", equalTo("/problems/plan-budget-exceeded"));
    }

    @Test
    void socialOrderCallsHaveNoBandAndAnyWindow() {
        String plan = approvedPlan("STATE_SOCIAL_ORDER", "10000000.00");
        Map<String, Object> body = grantCallBody(plan, "1000000.00");
        body.put("grantBand", "SHORT_TERM");
        post("/api/v1/calls", body).then().statusCode(422).body("type", equalTo("/problems/grant-band-not-expected"));
        body.remove("grantBand");
        body.remove("durationMonths");
        body.put("applicationWindow", Map.of("opensOn", "2026-12-01", "closesOn", "2026-12-10"));
        post("/api/v1/calls", body).then().statusCode(201);
    }

    @Test
    void invalidBodiesAre400() {
        Map<String, Object> body = grantCallBody(grantPlan(), "5000000.00");
        body.put("applicationWindow", Map.of("opensOn", "2026-12-10", "closesOn", "2026-12-01"));
        post("/api/v1/calls", body).then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> noCriteria = grantCallBody(grantPlan(), "5000000.00");
        noCriteria.put("criteria", List.of());
        post("/api/v1/calls", noCriteria).then().statusCode(400);
        Map<String, Object> readOnly = grantCallBody(grantPlan(), "5000000.00");
        readOnly.put("status", "AWARDED");
        post("/api/v1/calls", readOnly).then().statusCode(400);
        given().get("/api/v1/calls?status=SLEEPING").then().statusCode(400);
        given().get("/api/v1/calls?planId=nope").then().statusCode(400);
    }

    @Test
    void onlyProcurementOfficersCreateAndMoveCalls() {
        Map<String, Object> body = grantCallBody(grantPlan(), "5000000.00");
        given().contentType("application/json").body(body).post("/api/v1/calls").then().statusCode(401);
        given().auth().oauth2(Tokens.of("ngo")).contentType("application/json").body(body).post("/api/v1/calls")
                .then().statusCode(403);
        String id = grantCall("3000000.00");
        given().auth().oauth2(Tokens.of("commission-member")).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("to", "ANNOUNCED")).post("/api/v1/calls/" + id + "/status-changes").then().statusCode(403);
    }

    @Test
    void lifecycleRunsToClosedWithHistory() {
        String id = grantCall("3000000.00", "ANNOUNCED", "OPEN", "UNDER_REVIEW", "FAILED", "CLOSED");
        given().get("/api/v1/calls/" + id).then().statusCode(200).body("status", equalTo("CLOSED"));
        given().get("/api/v1/calls/" + id + "/history").then().statusCode(200)
                .body("items.to", contains("PLANNED", "ANNOUNCED", "OPEN", "UNDER_REVIEW", "FAILED", "CLOSED"))
                .body("items[1].changedBy", equalTo("user-procurement-officer"));
        assertEquals(List.of("PLANNED", "ANNOUNCED", "OPEN", "UNDER_REVIEW", "FAILED", "CLOSED"),
                Pagination.walk("/api/v1/calls/" + id + "/history", null, 4, "to"));
        assertEquals(List.of("PLANNED"), given().queryParam("limit", 1).get("/api/v1/calls/" + id + "/history").then()
                .statusCode(200).extract().jsonPath().getList("items.to"));
        given().queryParam("cursor", "not-ours").get("/api/v1/calls/" + id + "/history").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-cursor"));
        given().queryParam("limit", 0).get("/api/v1/calls/" + id + "/history").then().statusCode(400);
        changeCall(id, "OPEN").then().statusCode(409).body("type", equalTo("/problems/illegal-transition"))
                .body("allowed", empty());
    }

    @Test
    void illegalTransitionsAre409WithTheAllowedOnes() {
        String id = grantCall("3000000.00");
        changeCall(id, "OPEN").then().statusCode(409).body("allowed", contains("ANNOUNCED"));
        String review = grantCall("3000000.00", "ANNOUNCED", "OPEN", "UNDER_REVIEW");
        changeCall(review, "CLOSED").then().statusCode(409).body("allowed", contains("AWARDED", "FAILED"));
    }

    @Test
    void announcingNeedsAnApprovedPlanAndPublishesTheCall() {
        String draft = post("/api/v1/funding-plans", planBody("STATE_GRANT", "10000000.00")).then().statusCode(201)
                .extract().path("id");
        String early = post("/api/v1/calls", grantCallBody(draft, "3000000.00")).then().statusCode(201).extract().path("id");
        changeCall(early, "ANNOUNCED").then().statusCode(409).body("type", equalTo("/problems/plan-not-approved"));
        given().get("/api/v1/calls/" + early).then().body("status", equalTo("PLANNED"));

        UUID recommendation = RegistryEvents.recommendation();
        Map<String, Object> body = grantCallBody(grantPlan(), "3000000.00");
        body.put("recommendationIds", List.of(recommendation.toString()));
        String id = post("/api/v1/calls", body).then().statusCode(201).extract().path("id");
        changeCall(id, "ANNOUNCED").then().statusCode(200).header("ETag", "\"1\"");
        JsonNode event = TestKafka.events("procurement.calls", id, 1).get(0);
        Set<?> violations = EventContracts.violations(event.at("/type").asText(), event);
        assertTrue(violations.isEmpty(), "event violates its schema: " + violations);
        assertEquals("kz.civic.procurement.call.announced.v1", event.at("/type").asText());
        assertEquals(recommendation.toString(), event.at("/data/recommendationIds/0").asText());
        assertEquals("STATE_GRANT", event.at("/data/instrument").asText());
        assertEquals(1, event.at("/data/version").asInt());
        assertEquals(100, event.at("/data/criteria/0/weight").asInt() + event.at("/data/criteria/1/weight").asInt());
    }
}
