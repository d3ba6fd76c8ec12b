package kz.civic.procurement.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.procurement.support.Procurement.changeCall;
import static kz.civic.procurement.support.Procurement.grantCall;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.procurement.support.Db;
import kz.civic.infra.testing.TestKafka;
import kz.civic.platform.web.Cursor;
import kz.civic.procurement.support.Funding;
import kz.civic.procurement.support.Pagination;
import kz.civic.procurement.support.Procurement;
import kz.civic.procurement.support.RegistryEvents;
import kz.civic.procurement.support.RegistryEvents.Profile;
import kz.civic.infra.testing.EventContracts;
import kz.civic.procurement.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class EvaluationResourceTest {

    /** registry-service's hash of an IIN with the local default salt, written out independently. */
    private static String iinHash(String iin) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("local-development-salt".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(iin.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String member(String sub) {
        return Tokens.member(sub);
    }

    private static UUID ngo(Profile profile) {
        return Funding.eligibleNgo(profile);
    }

    private static String apply(String callId, UUID ngoId, String amount) {
        return Funding.apply(callId, ngoId, amount);
    }

    private static void seat(String callId, String memberId, String iin) {
        given().auth().oauth2(Tokens.officer()).contentType("application/json")
                .body(Map.of("memberId", memberId, "iin", iin)).post("/api/v1/calls/" + callId + "/commission-members")
                .then().statusCode(201).body("memberId", equalTo(memberId));
    }

    private static Response score(String memberSub, String applicationId, int relevance, int budget) {
        return given().auth().oauth2(member(memberSub)).contentType("application/json")
                .body(Map.of("scores", List.of(Map.of("criterion", "RELEVANCE", "value", relevance),
                        Map.of("criterion", "BUDGET", "value", budget))))
                .post("/api/v1/applications/" + applicationId + "/scores");
    }

    private static Response award(String callId, String applicationId, String amount) {
        return Funding.award(callId, applicationId, amount);
    }

    private static long awardRows() {
        return Db.count("SELECT (SELECT count(*) FROM award) + (SELECT count(*) FROM outbox_event WHERE topic = "
                + "'procurement.awards')");
    }

    @Test
    void commissionScoresRanksAndConflictsOfInterestAreBlockedAndRecorded() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String m1 = "member-1-" + suffix;
        String m2 = "member-2-" + suffix;
        String iin1 = "870412300416";
        UUID withLeaderM1 = ngo(Profile.active().withPersons(List.of(iinHash(iin1))));
        UUID other = ngo(Profile.active());
        String call = grantCall("50000000.00", "ANNOUNCED", "OPEN");
        String a = apply(call, withLeaderM1, "5000000.00");
        String b = apply(call, other, "6000000.00");
        seat(call, m1, iin1);
        seat(call, m2, "900101300126");

        score(m2, a, 90, 80).then().statusCode(409).body("type", equalTo("/problems/call-not-under-review"));
        changeCall(call, "UNDER_REVIEW").then().statusCode(200);

        // m1 leads a's NGO: detected when scoring its competitor b too (recused from the whole call), recorded on a
        String detectedAt = score(m1, b, 70, 50).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict-of-interest")).body("recusal.source", equalTo("DETECTED"))
                .body("recusal.applicationId", equalTo(a)).extract().path("recusal.recordedAt");
        assertEquals(1, Db.count("SELECT count(*) FROM recusal WHERE application_id = ?::uuid AND member_id = ? "
                + "AND source = 'DETECTED'", a, m1));
        assertEquals(0, Db.count("SELECT count(*) FROM score WHERE member_id = ?", m1));
        String recordedAt = score(m1, a, 100, 100).then().statusCode(409)
                .body("type", equalTo("/problems/conflict-of-interest")).extract().path("recusal.recordedAt");
        // the same recusal, recorded once: the time first answered is the time stored (reliability-tests found them
        // differing in the nanoseconds PostgreSQL does not keep)
        assertEquals(java.time.OffsetDateTime.parse(detectedAt).toInstant(),
                java.time.OffsetDateTime.parse(recordedAt).toInstant());

        score(m1, b, 70, 50).then().statusCode(409).body("type", equalTo("/problems/conflict-of-interest"))
                .body("recusal.applicationId", equalTo(a));
        assertEquals(0, Db.count("SELECT count(*) FROM score WHERE member_id = ?", m1));
        score(m2, a, 90, 80).then().statusCode(201).body("scores.criterion", contains("BUDGET", "RELEVANCE"));
        score(m2, b, 100, 100).then().statusCode(201);
        score(m2, b, 10, 10).then().statusCode(409).body("type", equalTo("/problems/already-scored"));
        // m3 scores b, then declares a conflict with a: recused from the call, its score of b no longer counts
        String m3 = "member-3-" + suffix;
        seat(call, m3, "900101300136");
        score(m3, b, 0, 0).then().statusCode(201);
        given().auth().oauth2(member(m3)).contentType("application/json").body(Map.of("reason", "my sister works there"))
                .post("/api/v1/applications/" + a + "/recusals").then().statusCode(201);
        score(m3, a, 50, 50).then().statusCode(409).body("recusal.source", equalTo("DECLARED"));

        given().auth().oauth2(Tokens.officer()).get("/api/v1/calls/" + call + "/ranking").then().statusCode(200)
                .body("items.applicationId", contains(b, a)).body("items.rank", contains(1, 2))
                .body("items[0].score", equalTo(100.0f)).body("items[1].score", equalTo(86.0f))
                .body("items[0].memberTotals.size()", equalTo(1)).body("items[0].memberTotals['" + m2 + "']", equalTo(100.0f)).body("items[0].outliers.size()", equalTo(0));
        assertEquals(List.of(b, a), Pagination.walk("/api/v1/calls/" + call + "/ranking", Tokens.officer(), 1,
                "applicationId"));
        assertEquals(List.of(m1, m2, m3), Pagination.walk("/api/v1/calls/" + call + "/commission-members", Tokens.officer(), 1,
                "memberId"));
        given().auth().oauth2(Tokens.officer()).queryParam("cursor", Cursor.encode(List.of(UUID.randomUUID().toString())))
                .get("/api/v1/calls/" + call + "/ranking").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-cursor"));
        given().auth().oauth2(Tokens.officer()).queryParam("cursor", "x").get("/api/v1/calls/" + call
                + "/commission-members").then().statusCode(400).body("type", equalTo("/problems/invalid-cursor"));
    }

    @Test
    void onlyMembersOfTheCallScoreAndOnlyTheCallsCriteria() {
        UUID ngoId = ngo(Profile.active());
        String call = grantCall("50000000.00", "ANNOUNCED", "OPEN");
        String a = apply(call, ngoId, "5000000.00");
        changeCall(call, "UNDER_REVIEW").then().statusCode(200);
        String seated = "seated-" + UUID.randomUUID();
        seat(call, seated, "900101300126");
        given().auth().oauth2(member(seated)).get("/api/v1/applications/" + a).then().statusCode(200)
                .body("projectDescription", equalTo("Описание проекта"));
        given().auth().oauth2(member(seated)).get("/api/v1/calls/" + call + "/applications").then().statusCode(200)
                .body("items.id", contains(a));
        given().auth().oauth2(member("unseated-" + UUID.randomUUID())).get("/api/v1/applications/" + a).then()
                .statusCode(403);
        given().auth().oauth2(member("unseated-" + UUID.randomUUID())).get("/api/v1/calls/" + call + "/applications")
                .then().statusCode(403);
        score("stranger-" + UUID.randomUUID(), a, 50, 50).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.officer()).contentType("application/json")
                .body(Map.of("scores", List.of(Map.of("criterion", "RELEVANCE", "value", 1))))
                .post("/api/v1/applications/" + a + "/scores").then().statusCode(403);
        given().contentType("application/json").body(Map.of("scores", List.of()))
                .post("/api/v1/applications/" + a + "/scores").then().statusCode(401);
        given().auth().oauth2(member(seated)).contentType("application/json")
                .body(Map.of("scores", List.of(Map.of("criterion", "RELEVANCE", "value", 50))))
                .post("/api/v1/applications/" + a + "/scores").then().statusCode(422)
                .body("type", equalTo("/problems/criteria-mismatch"));
        score(seated, a, 101, 50).then().statusCode(400);
        given().auth().oauth2(member(seated)).contentType("application/json").body(Map.of("reason", "my cousin leads it"))
                .post("/api/v1/applications/" + a + "/recusals").then().statusCode(201).body("source", equalTo("DECLARED"));
        score(seated, a, 50, 50).then().statusCode(409).body("recusal.source", equalTo("DECLARED"));
        assertEquals(0, Db.count("SELECT count(*) FROM score WHERE application_id = ?::uuid", a));
        given().auth().oauth2(Tokens.of("ngo")).contentType("application/json")
                .body(Map.of("memberId", "x", "iin", "900101300126")).post("/api/v1/calls/" + call + "/commission-members")
                .then().statusCode(403);
    }

    @Test
    void awardsAreDecidedWithinTheRequestAndPublished() {
        UUID recommendation = RegistryEvents.recommendation();
        UUID ngoId = ngo(Profile.active());
        UUID suspended = ngo(Profile.active());
        String plan = Procurement.approvedPlan("STATE_GRANT", "100000000.00");
        Map<String, Object> body = Procurement.grantCallBody(plan, "20000000.00");
        body.put("recommendationIds", List.of(recommendation.toString()));
        String call = Procurement.post("/api/v1/calls", body).then().statusCode(201)
                .extract().path("id");
        changeCall(call, "ANNOUNCED").then().statusCode(200);
        changeCall(call, "OPEN").then().statusCode(200);
        String a = apply(call, ngoId, "5000000.00");
        String s = apply(call, suspended, "5000000.00");
        award(call, a, "4000000.00").then().statusCode(409).body("type", equalTo("/problems/call-not-under-review"));
        changeCall(call, "UNDER_REVIEW").then().statusCode(200);

        // an award follows the commission's evaluation: a commission seated, the application scored by a member
        // without a conflict in the call; refused with nothing written
        long before = awardRows();
        award(call, a, "4000000.00").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/commission-not-seated"));
        String scorer = "scorer-" + UUID.randomUUID();
        String conflicted = "conflicted-" + UUID.randomUUID();
        seat(call, scorer, "900101300136");
        seat(call, conflicted, "900101300136");
        award(call, a, "4000000.00").then().statusCode(409).body("type", equalTo("/problems/application-not-scored"));
        score(conflicted, a, 90, 90).then().statusCode(201);
        given().auth().oauth2(member(conflicted)).contentType("application/json").body(Map.of("reason", "consults for s"))
                .post("/api/v1/applications/" + s + "/recusals").then().statusCode(201);
        award(call, a, "4000000.00").then().statusCode(409).body("type", equalTo("/problems/application-not-scored"));
        assertEquals(before, awardRows(), "a refused award wrote something");
        score(scorer, a, 80, 80).then().statusCode(201);
        score(scorer, s, 80, 80).then().statusCode(201);

        award(call, a, "5000000.01").then().statusCode(422).body("type", equalTo("/problems/amount-above-request"));
        String id = award(call, a, "4500000.00").then().statusCode(201).body("amount.amount", equalTo(4500000.0f))
                .extract().path("id");
        award(call, a, "100.00").then().statusCode(409).body("type", equalTo("/problems/already-awarded"));
        given().get("/api/v1/awards/" + id).then().statusCode(200).body("ngoId", equalTo(ngoId.toString()));
        given().get("/api/v1/calls/" + call + "/awards").then().statusCode(200).body("items.id", contains(id));

        JsonNode event = TestKafka.events("procurement.awards", id, 1).get(0);
        Set<?> violations = EventContracts.violations(event.at("/type").asText(), event);
        assertTrue(violations.isEmpty(), "event violates its schema: " + violations);
        assertEquals(recommendation.toString(), event.at("/data/recommendationIds/0").asText());

        String change = UUID.randomUUID().toString();
        RegistryEvents.sendNgoEvent(suspended, change, RegistryEvents.ngoStatusChanged(change, suspended, 2, "ACTIVE",
                "SUSPENDED"));
        award(call, s, "1000000.00").then().statusCode(422).body("type", equalTo("/problems/ineligible"))
                .body("rules.findAll { !it.passed }.rule", contains("NGO_ACTIVE"));
        assertEquals(0, Db.count("SELECT count(*) FROM award WHERE application_id = ?::uuid", s));
    }

    @Test
    void concurrentAwardsNeverExceedTheCallBudget() throws Exception {
        String call = grantCall("50000000.00", "ANNOUNCED", "OPEN");
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            applications.add(apply(call, ngo(Profile.active()), "12000000.00"));
        }
        changeCall(call, "UNDER_REVIEW").then().statusCode(200);
        applications.forEach(app -> Funding.scored(call, app));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> decisions = applications.stream()
                    .<Callable<Integer>>map(app -> () -> award(call, app, "12000000.00").statusCode()).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(decisions)) {
                statuses.add(f.get());
            }
            assertEquals(4, statuses.stream().filter(st -> st == 201).count(), "statuses " + statuses);
            assertEquals(4, statuses.stream().filter(st -> st == 409).count(), "statuses " + statuses);
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> sum = Db.row("SELECT coalesce(sum(amount_kzt), 0) AS total FROM award WHERE call_id = ?::uuid",
                call);
        assertEquals(0, new BigDecimal("48000000.00").compareTo((BigDecimal) sum.get("total")));
        List<Object> listed = Pagination.walk("/api/v1/calls/" + call + "/awards", null, 3, "id");
        assertEquals(4, listed.size());
        assertEquals(4, Set.copyOf(listed).size());
        listed.forEach(id -> assertEquals(1, Db.count("SELECT count(*) FROM award WHERE id = ?::uuid AND call_id = ?::uuid",
                id, call)));
        given().queryParam("cursor", "x").get("/api/v1/calls/" + call + "/awards").then().statusCode(400);

        // what is left is told as Money, like every amount (issue 16 item 10)
        String refused = applications.stream().filter(app -> Db.count("SELECT count(*) FROM award WHERE application_id "
                + "= ?::uuid", app) == 0).findFirst().orElseThrow();
        String problem = award(call, refused, "12000000").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/budget-exceeded"))
                .body("remaining.currency", equalTo("KZT")).body("budget.currency", equalTo("KZT"))
                .extract().asString();
        assertTrue(problem.contains("\"remaining\":{\"amount\":2000000.00,\"currency\":\"KZT\"}"), problem);
        assertTrue(problem.contains("\"budget\":{\"amount\":50000000.00,\"currency\":\"KZT\"}"), problem);
    }
}
