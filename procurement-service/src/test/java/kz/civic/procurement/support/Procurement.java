package kz.civic.procurement.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Funding plans and calls driven through the API as a procurement officer. */
public final class Procurement {

    private Procurement() {
    }

    /** A valid plan body (mutable); the customer is a fresh central government body. */
    public static Map<String, Object> planBody(String instrument, String budget) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", 2026);
        body.put("instrument", instrument);
        body.put("level", "CENTRAL");
        body.put("customerId", RegistryEvents.governmentBody("CENTRAL").toString());
        body.put("budget", Map.of("amount", budget, "currency", "KZT"));
        body.put("title", Map.of("ru", "Гранты для НПО на 2026 год", "en", "NGO grants 2026"));
        return body;
    }

    public static Response post(String path, Object body) {
        return given().auth().oauth2(Tokens.officer()).contentType("application/json").body(body).post(path);
    }

    public static Response changeCall(String callId, String to) {
        String etag = given().get("/api/v1/calls/" + callId).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(Tokens.officer()).header("If-Match", etag).contentType("application/json")
                .body(Map.of("to", to, "reason", "step")).post("/api/v1/calls/" + callId + "/status-changes");
    }

    /** An approved plan of the instrument with the budget; returns its id. */
    public static String approvedPlan(String instrument, String budget) {
        return approvedPlan(planBody(instrument, budget));
    }

    /** An approved plan of this body ({@link #planBody}); returns its id. */
    public static String approvedPlan(Map<String, Object> body) {
        String id = post("/api/v1/funding-plans", body).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.officer()).header("If-Match", "\"0\"").post("/api/v1/funding-plans/" + id + "/approval")
                .then().statusCode(200);
        return id;
    }

    /**
     * A valid SHORT_TERM grant call body (mutable) in region KZ-75 for the first sphere of
     * {@code Profile.active()}: 21-day window, two criteria weighing 60 + 40.
     */
    public static Map<String, Object> grantCallBody(String planId, String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", planId);
        body.put("title", Map.of("ru", "Поддержка уязвимых групп", "kk", "Осал топтарды қолдау"));
        body.put("spheres", new ArrayList<>(List.of("SUPPORT_FOR_VULNERABLE_GROUPS")));
        body.put("regionCode", "KZ-75");
        body.put("amount", Map.of("amount", amount, "currency", "KZT"));
        body.put("grantBand", "SHORT_TERM");
        body.put("durationMonths", 9);
        LocalDate opens = LocalDate.of(2026, 12, 1);
        body.put("applicationWindow", Map.of("opensOn", opens.toString(), "closesOn", opens.plusDays(21).toString()));
        body.put("criteria", new ArrayList<>(List.of(
                Map.of("code", "RELEVANCE", "name", Map.of("ru", "Актуальность"), "weight", 60),
                Map.of("code", "BUDGET", "name", Map.of("ru", "Обоснованность бюджета"), "weight", 40))));
        body.put("recommendationIds", new ArrayList<>());
        return body;
    }

    /** A grant call of a fresh approved plan walked to {@code status}; returns its id. */
    public static String grantCall(String amount, String... path) {
        String plan = approvedPlan("STATE_GRANT", "100000000.00");
        String id = post("/api/v1/calls", grantCallBody(plan, amount)).then().statusCode(201).extract().path("id");
        for (String step : path) {
            changeCall(id, step).then().statusCode(200);
        }
        return id;
    }

    /** Rows the plan and call API writes, to show that a rejected request wrote nothing. */
    public static long rowsWritten() {
        return Db.count("SELECT (SELECT count(*) FROM funding_plan) + (SELECT count(*) FROM funding_call) "
                + "+ (SELECT count(*) FROM funding_call_criterion) + (SELECT count(*) FROM funding_call_status_change) "
                + "+ (SELECT count(*) FROM outbox_event) + (SELECT count(*) FROM idempotency_record)");
    }
}
