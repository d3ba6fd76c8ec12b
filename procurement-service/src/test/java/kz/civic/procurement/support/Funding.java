package kz.civic.procurement.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.procurement.eligibility.Eligibility;
import kz.civic.procurement.service.Times;
import kz.civic.procurement.support.RegistryEvents.Profile;

/** Eligible NGOs, their applications and awards, driven through the API. */
public final class Funding {

    /** The NGO-Database report year eligibility asks for today. */
    public static final int REPORT_YEAR = Eligibility.requiredReportYear(Times.today());

    private Funding() {
    }

    /** An NGO with the profile and the test events' default BIN that filed the report eligibility asks for. */
    public static UUID eligibleNgo(Profile profile) {
        UUID id = RegistryEvents.ngo(profile);
        RegistryEvents.fileReport(id, 1, REPORT_YEAR);
        return id;
    }

    /** An NGO with the profile and BIN (null: legacy, without one) that filed the report eligibility asks for. */
    public static UUID eligibleNgo(Profile profile, String bin) {
        UUID id = RegistryEvents.ngo(profile, bin);
        RegistryEvents.fileReport(id, 1, REPORT_YEAR);
        return id;
    }

    /** The NGO applies to the call for the amount (201); returns the application id. */
    public static String apply(String callId, UUID ngoId, String amount) {
        return given().auth().oauth2(Tokens.ngo(ngoId)).contentType("application/json").body(Map.of("callId", callId,
                "ngoId", ngoId.toString(), "projectTitle", "Проект " + ngoId.toString().substring(0, 8),
                "projectDescription", "Описание проекта", "language", "kk",
                "requestedAmount", Map.of("amount", amount, "currency", "KZT")))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }

    /**
     * The call's evaluator (a member seated on first use, without a conflict) scores the application 80 on every
     * criterion of the call, as an award requires; the call is UNDER_REVIEW.
     */
    public static void scored(String callId, String applicationId) {
        String evaluator = "evaluator-" + callId;
        int seated = given().auth().oauth2(Tokens.officer()).contentType("application/json")
                .body(Map.of("memberId", evaluator, "iin", "900101300136"))
                .post("/api/v1/calls/" + callId + "/commission-members").statusCode();
        if (seated != 201 && seated != 409) {
            throw new AssertionError("seating the evaluator answered " + seated);
        }
        List<String> criteria = given().get("/api/v1/calls/" + callId).jsonPath().getList("criteria.code");
        given().auth().oauth2(Tokens.member(evaluator)).contentType("application/json")
                .body(Map.of("scores", criteria.stream().map(c -> Map.of("criterion", c, "value", 80)).toList()))
                .post("/api/v1/applications/" + applicationId + "/scores").then().statusCode(201);
    }

    public static Response award(String callId, String applicationId, String amount) {
        return given().auth().oauth2(Tokens.officer()).contentType("application/json")
                .body(Map.of("applicationId", applicationId, "amount", Map.of("amount", amount, "currency", "KZT")))
                .post("/api/v1/calls/" + callId + "/awards");
    }

    /** Scores ({@link #scored}) and awards the application (201); returns the award id. */
    public static String awarded(String callId, String applicationId, String amount) {
        scored(callId, applicationId);
        return award(callId, applicationId, amount).then().statusCode(201).extract().path("id");
    }
}
