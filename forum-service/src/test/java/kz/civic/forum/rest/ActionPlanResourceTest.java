package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.forum.support.ActionPlans.changeStatus;
import static kz.civic.forum.support.ActionPlans.item;
import static kz.civic.forum.support.ActionPlans.itemBody;
import static kz.civic.forum.support.ActionPlans.itemPath;
import static kz.civic.forum.support.ActionPlans.measure;
import static kz.civic.forum.support.ActionPlans.plan;
import static kz.civic.forum.support.ActionPlans.postItem;
import static kz.civic.forum.support.ActionPlans.postPlan;
import static kz.civic.forum.support.ActionPlans.rowsWritten;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.civic.forum.ActionPlanItemStatus;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.support.ActionPlans;
import kz.civic.forum.support.Db;
import kz.civic.forum.support.Recommendations;
import kz.civic.forum.support.Recommendations.World;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class ActionPlanResourceTest {

    private static final LocalDate NEXT_YEAR = LocalDate.now().plusYears(1);

    /** The item transitions of issue 4, written apart from the enum. */
    private static final Map<ActionPlanItemStatus, Set<ActionPlanItemStatus>> ALLOWED = Map.of(
            ActionPlanItemStatus.PLANNED, Set.of(ActionPlanItemStatus.IN_PROGRESS, ActionPlanItemStatus.CANCELLED),
            ActionPlanItemStatus.IN_PROGRESS, Set.of(ActionPlanItemStatus.DONE, ActionPlanItemStatus.CANCELLED),
            ActionPlanItemStatus.DONE, Set.of(),
            ActionPlanItemStatus.CANCELLED, Set.of());

    private static final Map<ActionPlanItemStatus, List<String>> PATH_TO = Map.of(
            ActionPlanItemStatus.PLANNED, List.of(),
            ActionPlanItemStatus.IN_PROGRESS, List.of("IN_PROGRESS"),
            ActionPlanItemStatus.DONE, List.of("IN_PROGRESS", "DONE"),
            ActionPlanItemStatus.CANCELLED, List.of("CANCELLED"));

    private static String itemIn(String planId, ActionPlanItemStatus status) {
        World w = Recommendations.world();
        String id = item(planId, itemBody(w.centralBodyId(), List.of(), "1", "0", "10", NEXT_YEAR));
        for (String step : PATH_TO.get(status)) {
            changeStatus(planId, id, Tokens.secretariat(), step).then().statusCode(200);
        }
        return id;
    }

    private static long statusEvents(String itemId) {
        return Db.count("SELECT count(*) FROM outbox_event WHERE record_key = ? "
                + "AND event_type = 'kz.civic.forum.action-plan-item.status-changed.v1'", itemId);
    }

    private static long historyRows(String itemId) {
        return Db.count("SELECT count(*) FROM action_plan_item_status_change WHERE item_id = ?::uuid", itemId);
    }

    @Test
    void theSecretariatCreatesAPlanWithItemsThatEveryoneCanRead() {
        World w = Recommendations.world();
        String rec = Recommendations.inStatus(RecommendationStatus.ACCEPTED);
        String planId = postPlan(ActionPlans.planBody(w.forumId())).then().statusCode(201).header("ETag", "\"0\"")
                .body("periodStart", equalTo(2024)).body("progress", nullValue()).extract().path("id");
        String location = postItem(planId, itemBody(w.localBodyId(), List.of(rec, rec), "2.5", "100", "400", NEXT_YEAR))
                .then().statusCode(201).header("ETag", "\"0\"").body("status", equalTo("PLANNED"))
                .body("overdue", equalTo(false)).body("progress", equalTo(0.0f)).body("weight", equalTo(2.5f))
                .body("indicator.unit", equalTo("NGOs trained")).body("indicator.currentValue", nullValue())
                .body("recommendationIds", contains(rec)).body("responsibleBodyId", equalTo(w.localBodyId().toString()))
                .extract().header("Location");
        String itemId = given().get(location).then().statusCode(200).extract().path("id");
        given().header("If-None-Match", "\"0\"").get(location).then().statusCode(304);
        given().get("/api/v1/action-plans/" + planId + "/items").then().statusCode(200).body("items.id", contains(itemId));
        given().get("/api/v1/action-plans/" + planId).then().statusCode(200).body("progress", equalTo(0.0f));
        given().get("/api/v1/action-plans?forumId=" + w.forumId()).then().statusCode(200).body("items.id", hasItem(planId));
        given().get(location + "/history").then().statusCode(200).body("items.to", contains("PLANNED"))
                .body("items[0].from", nullValue());
        given().get("/api/v1/recommendations/" + rec + "/implementation").then()
                .body("linkedItemCount", equalTo(1)).body("progress", equalTo(0.0f));
        given().get("/api/v1/recommendations/" + rec + "/action-plan-items").then().statusCode(200)
                .body("items.id", contains(itemId)).body("items[0].planId", equalTo(planId))
                .body("items[0].status", equalTo("PLANNED")).body("nextCursor", nullValue());
    }

    @Test
    void everyForbiddenItemTransitionIs409AndChangesNothing() {
        String planId = plan();
        for (ActionPlanItemStatus from : ActionPlanItemStatus.values()) {
            String itemId = itemIn(planId, from);
            long history = historyRows(itemId);
            for (ActionPlanItemStatus to : ActionPlanItemStatus.values()) {
                if (!ALLOWED.get(from).contains(to)) {
                    changeStatus(planId, itemId, Tokens.secretariat(), to.name()).then().statusCode(409)
                            .contentType("application/problem+json").body("type", equalTo("/problems/illegal-transition"))
                            .body("allowed", containsInAnyOrder(ALLOWED.get(from).stream().map(Enum::name).toArray()));
                }
            }
            given().get(itemPath(planId, itemId)).then().body("status", equalTo(from.name()));
            assertEquals(history, historyRows(itemId));
        }
    }

    @Test
    void everyAllowedItemTransitionSucceedsIsRecordedAndPublished() {
        String planId = plan();
        for (ActionPlanItemStatus from : ActionPlanItemStatus.values()) {
            for (ActionPlanItemStatus to : ALLOWED.get(from)) {
                String itemId = itemIn(planId, from);
                long history = historyRows(itemId);
                long events = statusEvents(itemId);
                changeStatus(planId, itemId, Tokens.secretariat(), to.name()).then().statusCode(200)
                        .body("status", equalTo(to.name()));
                assertEquals(history + 1, historyRows(itemId), from + " -> " + to);
                assertEquals(events + 1, statusEvents(itemId));
            }
        }
    }

    @Test
    void anAgencyUpdatesOnlyItsOwnItems() {
        World w = Recommendations.world();
        String planId = plan();
        String itemId = item(planId, itemBody(w.centralBodyId(), List.of(), "1", "0", "10", NEXT_YEAR));
        long rows = rowsWritten();
        String etag = ActionPlans.etag(planId, itemId);
        for (String token : List.of(Tokens.agency(w.localBodyId()), Tokens.of("agency"), Tokens.ngo(w.ngoId()))) {
            changeStatus(planId, itemId, token, "IN_PROGRESS").then().statusCode(403).contentType("application/problem+json");
            measure(planId, itemId, token, "3", LocalDate.now().minusDays(1)).then().statusCode(403);
        }
        changeStatus(planId, itemId, Tokens.agency(w.localBodyId()), "IN_PROGRESS").then()
                .body("type", equalTo("/problems/not-responsible"));
        given().contentType("application/json").body(Map.of("to", "IN_PROGRESS")).header("If-Match", etag)
                .post(itemPath(planId, itemId) + "/status-changes").then().statusCode(401);
        assertEquals(rows, rowsWritten());
        assertEquals(etag, ActionPlans.etag(planId, itemId));
        changeStatus(planId, itemId, Tokens.agency(w.centralBodyId()), "IN_PROGRESS").then().statusCode(200);
        measure(planId, itemId, Tokens.agency(w.centralBodyId()), "4", LocalDate.now().minusDays(1)).then().statusCode(201);
        given().get(itemPath(planId, itemId)).then().body("progress", equalTo(40.0f));
        given().auth().oauth2(Tokens.agency(w.centralBodyId())).contentType("application/json")
                .body(itemBody(w.centralBodyId(), List.of(), "1", "0", "10", NEXT_YEAR))
                .post("/api/v1/action-plans/" + planId + "/items").then().statusCode(403);
    }

    @Test
    void progressRollsUpFromIndicatorsByWeightWithoutCancelledItems() {
        World w = Recommendations.world();
        String rec = Recommendations.inStatus(RecommendationStatus.IN_PROGRESS);
        String planId = plan();
        String a = item(planId, itemBody(w.centralBodyId(), List.of(rec), "3", "10", "20", NEXT_YEAR));
        String b = item(planId, itemBody(w.centralBodyId(), List.of(rec), "1", "0", "5", NEXT_YEAR));
        String c = item(planId, itemBody(w.centralBodyId(), List.of(rec), "2", "0", "5", NEXT_YEAR));
        item(planId, itemBody(w.centralBodyId(), List.of(), "1", "0", "5", NEXT_YEAR));
        changeStatus(planId, a, Tokens.secretariat(), "IN_PROGRESS").then().statusCode(200);
        measure(planId, a, Tokens.secretariat(), "15", LocalDate.now().minusDays(2)).then().statusCode(201);
        changeStatus(planId, b, Tokens.secretariat(), "IN_PROGRESS").then().statusCode(200);
        changeStatus(planId, b, Tokens.secretariat(), "DONE").then().statusCode(200).body("progress", equalTo(100.0f));
        changeStatus(planId, c, Tokens.secretariat(), "IN_PROGRESS").then().statusCode(200);
        measure(planId, c, Tokens.secretariat(), "5", LocalDate.now().minusDays(2)).then().statusCode(201);
        changeStatus(planId, c, Tokens.secretariat(), "CANCELLED").then().statusCode(200).body("progress", nullValue());
        given().get(itemPath(planId, a)).then().body("progress", equalTo(50.0f));
        // recommendation: (3 × 50% + 1 × 100%) / (3 + 1), the cancelled item left out
        given().get("/api/v1/recommendations/" + rec + "/implementation").then().statusCode(200)
                .body("progress", equalTo(62.5f)).body("linkedItemCount", equalTo(3));
        // the linked items, oldest first, two per page
        var first = given().queryParam("limit", 2).get("/api/v1/recommendations/" + rec + "/action-plan-items").then()
                .statusCode(200).body("items.id", contains(a, b)).body("items.progress", contains(50.0f, 100.0f))
                .header("Link", containsString("rel=\"next\"")).extract();
        given().queryParam("limit", 2).queryParam("cursor", first.path("nextCursor").toString())
                .get("/api/v1/recommendations/" + rec + "/action-plan-items").then().statusCode(200)
                .body("items.id", contains(c)).body("items[0].status", equalTo("CANCELLED"))
                .body("items[0].progress", nullValue()).body("nextCursor", nullValue()).header("Link", nullValue());
        given().queryParam("cursor", "not-a-cursor").get("/api/v1/recommendations/" + rec + "/action-plan-items").then()
                .statusCode(400).contentType("application/problem+json").body("type", equalTo("/problems/invalid-cursor"));
        given().get("/api/v1/recommendations/" + UUID.randomUUID() + "/action-plan-items").then().statusCode(404);
        // plan: the same items plus one of weight 1 at 0%: (1.5 + 1 + 0) / 5
        given().get("/api/v1/action-plans/" + planId).then().statusCode(200).body("progress", equalTo(50.0f));
    }

    @Test
    void theLatestMeasurementByDateIsTheCurrentValue() {
        World w = Recommendations.world();
        String planId = plan();
        String itemId = item(planId, itemBody(w.centralBodyId(), List.of(), "1", "0", "100", NEXT_YEAR));
        LocalDate today = LocalDate.now();
        changeStatus(planId, itemId, Tokens.secretariat(), "IN_PROGRESS").then().statusCode(200);
        measure(planId, itemId, Tokens.secretariat(), "30", today.minusDays(10)).then().statusCode(201);
        measure(planId, itemId, Tokens.secretariat(), "20", today.minusDays(20)).then().statusCode(201);
        given().get(itemPath(planId, itemId)).then().body("indicator.currentValue", equalTo(30.0f))
                .body("indicator.currentMeasuredOn", equalTo(today.minusDays(10).toString())).body("progress", equalTo(30.0f));
        measure(planId, itemId, Tokens.secretariat(), "45", today.minusDays(1)).then().statusCode(201);
        given().get(itemPath(planId, itemId)).then().body("progress", equalTo(45.0f)).header("ETag", "\"4\"");
        given().get(itemPath(planId, itemId) + "/measurements").then().body("items.value", contains(30.0f, 20.0f, 45.0f));
        long rows = rowsWritten();
        measure(planId, itemId, Tokens.secretariat(), "50", today.plusDays(2)).then().statusCode(422)
                .body("type", equalTo("/problems/measured-in-future"));
        given().auth().oauth2(Tokens.secretariat()).contentType("application/json").body(Map.of("value", "x"))
                .post(itemPath(planId, itemId) + "/measurements").then().statusCode(400);
        changeStatus(planId, itemId, Tokens.secretariat(), "CANCELLED").then().statusCode(200);
        rows = rowsWritten();
        measure(planId, itemId, Tokens.secretariat(), "50", today).then().statusCode(409)
                .body("type", equalTo("/problems/item-cancelled"));
        assertEquals(rows, rowsWritten());
    }

    /** Work that has not started has nothing to measure (issue 16 item 3); the baseline is part of the item. */
    @Test
    void aPlannedItemTakesNoMeasurement() {
        World w = Recommendations.world();
        String planId = plan();
        String itemId = item(planId, itemBody(w.centralBodyId(), List.of(), "1", "0", "10", NEXT_YEAR));
        long rows = rowsWritten();
        String etag = ActionPlans.etag(planId, itemId);
        for (String token : List.of(Tokens.secretariat(), Tokens.agency(w.centralBodyId()))) {
            measure(planId, itemId, token, "3", LocalDate.now().minusDays(1)).then().statusCode(409)
                    .contentType("application/problem+json").body("type", equalTo("/problems/item-not-started"))
                    .body("currentStatus", equalTo("PLANNED"));
        }
        assertEquals(rows, rowsWritten());
        assertEquals(etag, ActionPlans.etag(planId, itemId));
        given().get(itemPath(planId, itemId)).then().body("indicator.currentValue", nullValue());
        changeStatus(planId, itemId, Tokens.agency(w.centralBodyId()), "IN_PROGRESS").then().statusCode(200);
        measure(planId, itemId, Tokens.agency(w.centralBodyId()), "3", LocalDate.now().minusDays(1)).then().statusCode(201);
    }

    @Test
    void openItemsPastTheirDeadlineAreOverdue() {
        World w = Recommendations.world();
        String planId = plan();
        LocalDate past = LocalDate.now().minusDays(3);
        String open = item(planId, itemBody(w.centralBodyId(), List.of(), "1", "0", "10", past));
        given().get(itemPath(planId, open)).then().body("status", equalTo("PLANNED")).body("overdue", equalTo(true));
        changeStatus(planId, open, Tokens.secretariat(), "IN_PROGRESS").then().body("overdue", equalTo(true));
        changeStatus(planId, open, Tokens.secretariat(), "DONE").then().body("overdue", equalTo(false));
        String cancelled = item(planId, itemBody(w.centralBodyId(), List.of(), "1", "0", "10", past));
        changeStatus(planId, cancelled, Tokens.secretariat(), "CANCELLED").then().body("overdue", equalTo(false));
        String future = item(planId, itemBody(w.centralBodyId(), List.of(), "1", "0", "10", NEXT_YEAR));
        given().get(itemPath(planId, future)).then().body("overdue", equalTo(false));
    }

    @Test
    void aDoneOrMeasuredLinkedItemIsEvidenceForTheRecommendation() {
        World w = Recommendations.world();
        String planId = plan();
        String planned = Recommendations.inStatus(RecommendationStatus.IN_PROGRESS);
        item(planId, itemBody(w.centralBodyId(), List.of(planned), "1", "0", "10", NEXT_YEAR));
        Recommendations.change(planned, Recommendations.etag(planned), Map.of("to", "IMPLEMENTED")).then().statusCode(422)
                .body("type", equalTo("/problems/evidence-required"));
        String done = Recommendations.inStatus(RecommendationStatus.IN_PROGRESS);
        String doneItem = item(planId, itemBody(w.centralBodyId(), List.of(done), "1", "0", "10", NEXT_YEAR));
        changeStatus(planId, doneItem, Tokens.secretariat(), "IN_PROGRESS").then().statusCode(200);
        changeStatus(planId, doneItem, Tokens.secretariat(), "DONE").then().statusCode(200);
        Recommendations.change(done, Recommendations.etag(done), Map.of("to", "IMPLEMENTED")).then().statusCode(200);
        String measured = Recommendations.inStatus(RecommendationStatus.IN_PROGRESS);
        String measuredItem = item(planId, itemBody(w.centralBodyId(), List.of(measured), "1", "0", "10", NEXT_YEAR));
        changeStatus(planId, measuredItem, Tokens.agency(w.centralBodyId()), "IN_PROGRESS").then().statusCode(200);
        measure(planId, measuredItem, Tokens.agency(w.centralBodyId()), "4", LocalDate.now()).then().statusCode(201);
        Recommendations.change(measured, Recommendations.etag(measured), Map.of("to", "PARTIALLY_IMPLEMENTED")).then()
                .statusCode(200);
    }

    @Test
    void badPlansAndItemsAreRejectedAndWriteNothing() {
        World w = Recommendations.world();
        String planId = plan();
        String draft = Recommendations.inStatus(RecommendationStatus.DRAFT);
        String submitted = Recommendations.inStatus(RecommendationStatus.SUBMITTED);
        long rows = rowsWritten();
        Map<String, Object> badPeriod = ActionPlans.planBody(w.forumId());
        badPeriod.put("periodEnd", 2023);
        postPlan(badPeriod).then().statusCode(400).body("errors.field", contains("periodEnd"));
        postPlan(ActionPlans.planBody(UUID.randomUUID())).then().statusCode(422).body("type", equalTo("/problems/unknown-forum"));
        Map<String, Object> sameTarget = itemBody(w.centralBodyId(), List.of(), "1", "5", "5", NEXT_YEAR);
        postItem(planId, sameTarget).then().statusCode(400).body("errors.field", contains("indicator.target"));
        postItem(planId, itemBody(w.centralBodyId(), List.of(), "0", "0", "5", NEXT_YEAR)).then().statusCode(400)
                .body("errors.field", contains("weight"));
        Map<String, Object> noIndicator = itemBody(w.centralBodyId(), List.of(), "1", "0", "5", NEXT_YEAR);
        noIndicator.remove("indicator");
        postItem(planId, noIndicator).then().statusCode(400).body("errors.field", contains("indicator"));
        Map<String, Object> massAssigned = itemBody(w.centralBodyId(), List.of(), "1", "0", "5", NEXT_YEAR);
        massAssigned.put("status", "DONE");
        postItem(planId, massAssigned).then().statusCode(400);
        postItem(planId, itemBody(UUID.randomUUID(), List.of(), "1", "0", "5", NEXT_YEAR)).then().statusCode(422)
                .body("type", equalTo("/problems/unknown-government-body")).body("errors[0].field", equalTo("responsibleBodyId"));
        postItem(planId, itemBody(w.centralBodyId(), List.of(UUID.randomUUID().toString()), "1", "0", "5", NEXT_YEAR))
                .then().statusCode(422).body("type", equalTo("/problems/unknown-recommendation"));
        for (String notAccepted : List.of(draft, submitted)) {
            postItem(planId, itemBody(w.centralBodyId(), List.of(notAccepted), "1", "0", "5", NEXT_YEAR)).then()
                    .statusCode(422).body("type", equalTo("/problems/recommendation-not-accepted"))
                    .body("errors[0].field", equalTo("recommendationIds[0]"));
        }
        postItem(UUID.randomUUID().toString(), itemBody(w.centralBodyId(), List.of(), "1", "0", "5", NEXT_YEAR)).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.of("analyst")).contentType("application/json").body(ActionPlans.planBody(w.forumId()))
                .post("/api/v1/action-plans").then().statusCode(403);
        given().contentType("application/json").body(ActionPlans.planBody(w.forumId())).post("/api/v1/action-plans").then()
                .statusCode(401);
        assertEquals(rows, rowsWritten());
        given().get(itemPath(planId, UUID.randomUUID().toString())).then().statusCode(404);
        given().get("/api/v1/action-plans?forumId=bad").then().statusCode(400);
        given().get("/api/v1/action-plans/" + planId).then().statusCode(200).header("ETag", notNullValue());
    }
}
