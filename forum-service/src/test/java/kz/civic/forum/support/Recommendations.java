package kz.civic.forum.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.RecommendationStatus;

/** Recommendations driven through the API, with the registry data and forum they refer to. */
public final class Recommendations {

    /** What a valid recommendation refers to: an edition, an active NGO, a central and a local body. */
    public record World(UUID forumId, UUID ngoId, UUID centralBodyId, UUID localBodyId) {
    }

    private static World world;

    private Recommendations() {
    }

    public static synchronized World world() {
        if (world == null) {
            world = new World(Fixtures.forum(), RegistryEvents.ngo("ACTIVE"), RegistryEvents.governmentBody("CENTRAL"),
                    RegistryEvents.governmentBody("LOCAL"));
        }
        return world;
    }

    /** A valid body (mutable, so tests can break one member); source is the world's edition. */
    public static Map<String, Object> body() {
        World w = world();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", Map.of("ru", "Принять закон о неправительственных организациях",
                "kk", "ҮЕҰ туралы заң қабылдау", "en", "Adopt a law on non-governmental organisations"));
        body.put("sourceType", "REPUBLICAN_FORUM");
        body.put("sourceId", w.forumId().toString());
        body.put("authorNgoIds", new ArrayList<>(List.of(w.ngoId().toString())));
        body.put("addressees", new ArrayList<>(List.of(
                Map.of("type", "CENTRAL_AGENCY", "governmentBodyId", w.centralBodyId().toString()),
                Map.of("type", "LOCAL_AGENCY", "governmentBodyId", w.localBodyId().toString()),
                Map.of("type", "CIVIL_ALLIANCE"))));
        body.put("spheres", List.of("PROTECTION_OF_RIGHTS", "OTHER"));
        body.put("regionCode", "KZ-75");
        body.put("sdgGoals", List.of(16, 17));
        body.put("priority", "HIGH");
        return body;
    }

    public static Response post(Object body) {
        return given().auth().oauth2(Tokens.secretariat()).contentType("application/json").body(body)
                .post("/api/v1/recommendations");
    }

    public static String create(Map<String, Object> body) {
        return post(body).then().statusCode(201).extract().path("id");
    }

    public static String etag(String id) {
        return given().get("/api/v1/recommendations/" + id).then().statusCode(200).extract().header("ETag");
    }

    public static Response change(String id, String etag, Map<String, Object> request) {
        return given().auth().oauth2(Tokens.secretariat()).header("If-Match", etag).contentType("application/json")
                .body(request).post("/api/v1/recommendations/" + id + "/status-changes");
    }

    /**
     * A valid change request to {@code to}: with a reason, and for MERGED a fresh SUBMITTED target
     * (a DRAFT cannot absorb others, so a target is made for each merge).
     */
    public static Map<String, Object> changeTo(RecommendationStatus to) {
        Map<String, Object> request = new LinkedHashMap<>(Map.of("to", to.name(), "reason", "decided at the forum"));
        if (to == RecommendationStatus.MERGED) {
            request.put("mergedIntoId", inStatus(RecommendationStatus.SUBMITTED));
        }
        return request;
    }

    /** A new recommendation walked to {@code status} through allowed transitions; returns its id. */
    public static String inStatus(RecommendationStatus status) {
        return inStatus(body(), status);
    }

    /** A recommendation made of {@code body}, walked to {@code status}; returns its id. */
    public static String inStatus(Map<String, Object> body, RecommendationStatus status) {
        String id = create(body);
        for (RecommendationStatus step : Lifecycle.PATH_TO.get(status)) {
            prepareFor(id, step);
            change(id, etag(id), changeTo(step)).then().statusCode(200);
        }
        return id;
    }

    /** Adds the evidence a change to {@code to} needs (IMPLEMENTED and PARTIALLY_IMPLEMENTED: the evidence gate). */
    public static void prepareFor(String id, RecommendationStatus to) {
        if (to == RecommendationStatus.IMPLEMENTED || to == RecommendationStatus.PARTIALLY_IMPLEMENTED) {
            addEvidence(id, Tokens.secretariat()).then().statusCode(201);
        }
    }

    /** Adds a DOCUMENT as evidence, with {@code token}. */
    public static Response addEvidence(String id, String token) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("kind", "DOCUMENT", "url", "https://adilet.zan.kz/rus/docs/Z2300000001",
                        "description", Map.of("ru", "Закон принят")))
                .post("/api/v1/recommendations/" + id + "/evidence");
    }

    /** A valid body from edition {@code forumId}, addressed to the CENTRAL body {@code centralBodyId} only. */
    public static Map<String, Object> addressedTo(UUID forumId, UUID centralBodyId) {
        Map<String, Object> body = body();
        body.put("sourceId", forumId.toString());
        body.put("addressees", List.of(Map.of("type", "CENTRAL_AGENCY", "governmentBodyId", centralBodyId.toString())));
        return body;
    }

    /** Moves a submitted recommendation's response deadline {@code days} days into the past (time passing). */
    public static void dueDaysAgo(String id, int days) {
        Db.update("UPDATE recommendation SET response_due_date = (now() AT TIME ZONE 'Asia/Almaty')::date - ?::int "
                + "WHERE id = ?::uuid", days, id);
    }

    /** Rows the recommendation API writes, to show that a rejected request wrote nothing. */
    public static long rowsWritten() {
        return Db.count("SELECT (SELECT count(*) FROM recommendation) + (SELECT count(*) FROM recommendation_addressee) "
                + "+ (SELECT count(*) FROM recommendation_status_change) + (SELECT count(*) FROM outbox_event) "
                + "+ (SELECT count(*) FROM idempotency_record) + (SELECT count(*) FROM recommendation_response) "
                + "+ (SELECT count(*) FROM recommendation_evidence) + (SELECT count(*) FROM civil_society_assessment)");
    }
}
