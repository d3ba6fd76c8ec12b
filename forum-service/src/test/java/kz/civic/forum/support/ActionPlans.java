package kz.civic.forum.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Action plans and items driven through the API. */
public final class ActionPlans {

    private ActionPlans() {
    }

    public static Response postPlan(Object body) {
        return given().auth().oauth2(Tokens.secretariat()).contentType("application/json").body(body)
                .post("/api/v1/action-plans");
    }

    public static Map<String, Object> planBody(UUID forumId) {
        return new LinkedHashMap<>(Map.of("forumId", forumId.toString(), "title", Map.of("ru",
                "План мероприятий по реализации рекомендаций XI Гражданского форума на 2024-2025 годы", "en",
                "Action Plan for implementation of the recommendations of the XI Civil Forum for 2024-2025"),
                "periodStart", 2024, "periodEnd", 2025));
    }

    public static String plan() {
        return postPlan(planBody(Recommendations.world().forumId())).then().statusCode(201).extract().path("id");
    }

    /** A valid item body: the given body responsible, the recommendations linked, indicator from baseline to target. */
    public static Map<String, Object> itemBody(UUID responsibleBodyId, List<String> recommendationIds, String weight,
            String baseline, String target, LocalDate deadline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Map.of("ru", "Принять закон о НПО", "kk", "ҮЕҰ туралы заң"));
        body.put("responsibleBodyId", responsibleBodyId.toString());
        body.put("deadline", deadline.toString());
        body.put("weight", weight);
        body.put("indicator", Map.of("unit", "NGOs trained", "baseline", baseline, "target", target));
        body.put("recommendationIds", recommendationIds);
        return body;
    }

    public static Response postItem(String planId, Object body) {
        return given().auth().oauth2(Tokens.secretariat()).contentType("application/json").body(body)
                .post("/api/v1/action-plans/" + planId + "/items");
    }

    public static String item(String planId, Map<String, Object> body) {
        return postItem(planId, body).then().statusCode(201).extract().path("id");
    }

    public static String itemPath(String planId, String itemId) {
        return "/api/v1/action-plans/" + planId + "/items/" + itemId;
    }

    public static String etag(String planId, String itemId) {
        return given().get(itemPath(planId, itemId)).then().statusCode(200).extract().header("ETag");
    }

    public static Response changeStatus(String planId, String itemId, String token, String to) {
        return given().auth().oauth2(token).header("If-Match", etag(planId, itemId)).contentType("application/json")
                .body(Map.of("to", to, "reason", "reported by the ministry"))
                .post(itemPath(planId, itemId) + "/status-changes");
    }

    public static Response measure(String planId, String itemId, String token, String value, LocalDate on) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("value", value, "measuredOn", on.toString()))
                .post(itemPath(planId, itemId) + "/measurements");
    }

    /** Rows the action-plan API writes, to show that a rejected request wrote nothing. */
    public static long rowsWritten() {
        return Db.count("SELECT (SELECT count(*) FROM action_plan) + (SELECT count(*) FROM action_plan_item) "
                + "+ (SELECT count(*) FROM action_plan_item_recommendation) + (SELECT count(*) FROM indicator_measurement) "
                + "+ (SELECT count(*) FROM action_plan_item_status_change) + (SELECT count(*) FROM outbox_event) "
                + "+ (SELECT count(*) FROM idempotency_record)");
    }
}
