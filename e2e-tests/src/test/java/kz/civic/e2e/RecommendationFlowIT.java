package kz.civic.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 end to end through the gateway: an NGO and a government body entered in the register reach forum-service's
 * replicas; the forum secretariat creates an edition and a recommendation authored by the NGO and addressed to the
 * body, and submits it; the submitted event reaches procurement-service's recommendation replica (seen through a call
 * that names the recommendation: 422 {@code unknown-recommendation} until it arrives, 201 after); the addressed
 * agency answers it. And back (the golden thread): the call's award becomes the recommendation's evidence in forum.
 */
class RecommendationFlowIT extends StackIT {

    private static final Duration REPLICA_WAIT = Duration.ofSeconds(60);

    /**
     * The golden thread back: a call implementing the recommendation awards a grant; forum-service records the award
     * as evidence (from procurement.awards) and the evidence gate lets the secretariat close the recommendation as
     * IMPLEMENTED without any evidence entered by hand.
     */
    @Test
    void anAwardForTheRecommendationBecomesItsEvidence() {
        String ngoId = created(post("/api/v1/ngos", token("registrar"), ngo()), "NGO registration");
        String ngoToken = tokens.mint("e2e-ngo-" + ngoId, "ngo", Map.of("ngoId", ngoId), Duration.ofHours(1));
        expect(200, withIfMatch("/api/v1/ngos/" + ngoId + "/status-changes", token("registrar"),
                etag(get("/api/v1/ngos/" + ngoId)), "{\"to\": \"ACTIVE\", \"reason\": \"documents checked\"}"),
                "activation");
        expect(201, post("/api/v1/ngos/" + ngoId + "/reports", ngoToken, "{\"year\": " + MatrixFixtures.REPORT_YEAR
                + ", \"content\": " + MatrixFixtures.reportContent() + "}"), "NGO-Database report");
        String bodyId = created(post("/api/v1/government-bodies", token("admin"), ministry()), "government body");
        String secretariat = token("forum-secretariat");
        Answer drafted = awaitCreated("/api/v1/recommendations", secretariat, recommendation(edition(), ngoId, bodyId),
                "forum replicas");
        String id = drafted.body().get("id").asText();
        String recommendationTag = etag(expect(200, withIfMatch("/api/v1/recommendations/" + id + "/status-changes",
                secretariat, etag(drafted), "{\"to\":\"SUBMITTED\"}"), "submission"));
        await().atMost(REPLICA_WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Answer replica = get("/api/v1/procurement/ngos/" + ngoId);
            assertEquals(200, replica.status());
            assertEquals("ACTIVE", replica.body().get("status").asText());
            assertTrue(replica.body().get("reportedYears").toString().contains(Integer.toString(MatrixFixtures.REPORT_YEAR)));
        });

        String officer = token("procurement-officer");
        String planId = awaitCreated("/api/v1/funding-plans", officer, plan(bodyId), "procurement's body replica")
                .body().get("id").asText();
        expect(200, withIfMatch("/api/v1/funding-plans/" + planId + "/approval", officer, "\"0\"", ""), "plan approval");
        Answer call = awaitCreated("/api/v1/calls", officer, call(planId, id), "procurement's recommendation replica");
        String callId = call.body().get("id").asText();
        String callTag = etag(expect(200, moveCall(callId, officer, etag(call), "ANNOUNCED"), "announce"));
        callTag = etag(expect(200, moveCall(callId, officer, callTag, "OPEN"), "open"));
        String applicationId = expect(201, post("/api/v1/applications", ngoToken, """
                {"callId": "%s", "ngoId": "%s", "projectTitle": "Школа социального заказа",
                 "projectDescription": "Обучение НПО работе с государственным социальным заказом", "language": "ru",
                 "requestedAmount": {"amount": "3000000.00", "currency": "KZT"}}""".formatted(callId, ngoId)),
                "application").body().get("id").asText();
        expect(201, post("/api/v1/calls/" + callId + "/commission-members", officer, """
                {"memberId": "e2e-thread-member", "iin": "%s"}""".formatted(MatrixFixtures.iin())), "seat");
        expect(200, moveCall(callId, officer, callTag, "UNDER_REVIEW"), "review");
        String member = tokens.mint("e2e-thread-member", "commission-member", Map.of(), Duration.ofHours(1));
        expect(201, post("/api/v1/applications/" + applicationId + "/scores", member, """
                {"scores": [{"criterion": "RELEVANCE", "value": 90}, {"criterion": "BUDGET", "value": 75}]}"""), "scores");
        String awardId = expect(201, post("/api/v1/calls/" + callId + "/awards", officer, """
                {"applicationId": "%s", "amount": {"amount": "3000000.00", "currency": "KZT"}}""".formatted(applicationId)),
                "award").body().get("id").asText();

        // forum-service: AWARD evidence from procurement's award-decided event
        await().atMost(REPLICA_WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Answer evidence = get("/api/v1/recommendations/" + id + "/evidence");
            assertEquals(200, evidence.status());
            assertEquals(1, evidence.body().get("items").size(), () -> evidence.body().toString());
            JsonNode award = evidence.body().get("items").get(0);
            assertEquals("AWARD", award.get("kind").asText());
            assertEquals(awardId, award.get("awardId").asText());
            assertTrue(award.get("fromProcurement").asBoolean());
        });
        for (String to : new String[] { "ACCEPTED", "IN_PROGRESS", "IMPLEMENTED" }) {
            Answer changed = expect(200, withIfMatch("/api/v1/recommendations/" + id + "/status-changes", secretariat,
                    recommendationTag, "{\"to\": \"" + to + "\", \"reason\": \"e2e\"}"), to);
            assertEquals(to, changed.body().get("status").asText());
            recommendationTag = etag(changed);
        }
        assertEquals(1, get("/api/v1/recommendations/" + id + "/implementation").body().get("evidenceCount").asInt());
    }

    @Test
    void submittedRecommendationReachesProcurementAndTheAgencyAnswers() {
        String ngoId = created(post("/api/v1/ngos", token("registrar"), ngo()), "NGO registration");
        String bodyId = created(post("/api/v1/government-bodies", token("admin"), ministry()), "government body");
        String forumId = edition();

        // forum-service sees the NGO and the body once their events are applied: until then 422 unknown-ngo /
        // unknown-government-body, nothing written
        String secretariat = token("forum-secretariat");
        Answer drafted = awaitCreated("/api/v1/recommendations", secretariat, recommendation(forumId, ngoId, bodyId),
                "forum replicas");
        String id = drafted.body().get("id").asText();
        assertEquals("DRAFT", drafted.body().get("status").asText());
        assertEquals(stack.gatewayUrl() + "/api/v1/recommendations/" + id,
                drafted.raw().headers().firstValue("Location").orElse(null));

        Answer submitted = expect(200, withIfMatch("/api/v1/recommendations/" + id + "/status-changes", secretariat,
                etag(drafted), "{\"to\":\"SUBMITTED\"}"), "submission");
        assertEquals("SUBMITTED", submitted.body().get("status").asText());
        assertTrue(submitted.body().hasNonNull("responseDueDate"), () -> submitted.body().toString());

        // procurement-service: a plan of the body (its government-body replica), then a call naming the
        // recommendation (its recommendation replica, fed by forum's submitted event)
        String officer = token("procurement-officer");
        String planId = awaitCreated("/api/v1/funding-plans", officer, plan(bodyId), "procurement's body replica")
                .body().get("id").asText();

        Answer unknown = post("/api/v1/calls", officer, call(planId, UUID.randomUUID().toString()));
        assertEquals(422, unknown.status(), () -> unknown.body().toString());
        assertEquals("/problems/unknown-recommendation", unknown.body().get("type").asText());

        Answer call = awaitCreated("/api/v1/calls", officer, call(planId, id), "procurement's recommendation replica");
        assertEquals(id, call.body().get("recommendationIds").get(0).asText());
        Answer read = get("/api/v1/calls/" + call.body().get("id").asText());
        assertEquals(200, read.status());
        assertEquals(id, read.body().get("recommendationIds").get(0).asText());

        // the addressed agency answers through the gateway; another body's agency may not
        String answer = """
                {"position": "SUPPORTED", "text": {"ru": "Поддерживаем: проект приказа внесён", "kk": "Қолдаймыз"}}""";
        Answer stranger = post("/api/v1/recommendations/" + id + "/responses", agency(UUID.randomUUID().toString()), answer);
        assertEquals(403, stranger.status(), () -> String.valueOf(stranger.body()));
        assertEquals("/problems/not-an-addressee", stranger.body().get("type").asText());

        Answer answered = post("/api/v1/recommendations/" + id + "/responses", agency(bodyId), answer);
        assertEquals(201, answered.status(), () -> "answer failed: " + answered.body());
        assertEquals(bodyId, answered.body().get("governmentBodyId").asText());
        assertEquals("SUPPORTED", answered.body().get("position").asText());
        assertTrue(answered.body().get("onTime").asBoolean(), () -> answered.body().toString());

        Answer responses = get("/api/v1/recommendations/" + id + "/responses");
        assertEquals(200, responses.status());
        JsonNode items = responses.body().get("items");
        assertEquals(1, items.size(), () -> responses.body().toString());
        assertEquals(answered.body().get("id").asText(), items.get(0).get("id").asText());
        Answer neverAnswered = get("/api/v1/recommendations/never-answered?governmentBodyId=" + bodyId);
        assertEquals(200, neverAnswered.status());
        assertEquals(0, neverAnswered.body().get("items").size(), () -> neverAnswered.body().toString());
    }

    private static String ngo() {
        return """
                {"bin": "%s", "names": {"ru": "Фонд защиты прав детей", "kk": "Балалар құқықтарын қорғау қоры"},
                 "legalForm": "PUBLIC_FOUNDATION", "regionCode": "KZ-75", "registrationDate": "2012-03-15",
                 "spheres": ["SUPPORT_FOR_VULNERABLE_GROUPS"]}""".formatted(MatrixFixtures.bin());
    }

    private static String ministry() {
        return """
                {"bin": "%s", "names": {"ru": "Министерство информации и общественного развития (e2e)",
                 "kk": "Ақпарат және қоғамдық даму министрлігі (e2e)"}, "shortName": "MIOR-E2E", "level": "CENTRAL",
                 "kind": "MINISTRY", "parentId": null, "regionCode": null}""".formatted(MatrixFixtures.bin());
    }

    /** A recommendation of the edition authored by the NGO and addressed to the CENTRAL body. */
    private static String recommendation(String forumId, String ngoId, String bodyId) {
        return """
                {"text": {"ru": "Упростить доступ НПО к государственному социальному заказу",
                  "kk": "ҮЕҰ-ның мемлекеттік әлеуметтік тапсырысқа қол жеткізуін жеңілдету"},
                 "sourceType": "REPUBLICAN_FORUM", "sourceId": "%s", "authorNgoIds": ["%s"],
                 "addressees": [{"type": "CENTRAL_AGENCY", "governmentBodyId": "%s"}],
                 "spheres": ["SUPPORT_FOR_VULNERABLE_GROUPS"], "regionCode": "KZ-75", "sdgGoals": [16], "priority": "HIGH"}
                """.formatted(forumId, ngoId, bodyId);
    }

    private static String plan(String bodyId) {
        return """
                {"year": 2026, "instrument": "STATE_GRANT", "level": "CENTRAL", "customerId": "%s",
                 "budget": {"amount": "100000000.00", "currency": "KZT"},
                 "title": {"ru": "Гранты для НПО на 2026 год", "en": "NGO grants 2026"}}""".formatted(bodyId);
    }

    /** POSTs until 201: a replica the request refers to (422 until its event is applied) may not be there yet. */
    private static Answer awaitCreated(String path, String token, String body, String waitingFor) {
        Answer[] answer = new Answer[1];
        await().atMost(REPLICA_WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            answer[0] = post(path, token, body);
            assertEquals(201, answer[0].status(), () -> waitingFor + " not there yet: " + answer[0].body());
        });
        return answer[0];
    }

    private static Answer moveCall(String callId, String officer, String etag, String to) {
        return withIfMatch("/api/v1/calls/" + callId + "/status-changes", officer, etag,
                "{\"to\": \"" + to + "\", \"reason\": \"e2e\"}");
    }

    private static String created(Answer answer, String what) {
        assertEquals(201, answer.status(), () -> what + " failed: " + answer.body());
        return answer.body().get("id").asText();
    }

    /** A new forum edition with an edition number no other test uses. */
    private static String edition() {
        for (int attempt = 0; attempt < 50; attempt++) {
            Answer r = post("/api/v1/forums", token("forum-secretariat"),
                    MatrixFixtures.editionBody(MatrixFixtures.editionNumber(), "Голос гражданского общества"));
            if (r.status() == 201) {
                return r.body().get("id").asText();
            }
            assertEquals(409, r.status(), () -> "edition failed: " + r.body());
        }
        throw new AssertionError("no free edition number");
    }

    /** A SHORT_TERM grant call of the plan implementing {@code recommendationId}. */
    private static String call(String planId, String recommendationId) {
        return """
                {"planId": "%s", "title": {"ru": "Доступ НПО к социальному заказу"}, "spheres": ["SUPPORT_FOR_VULNERABLE_GROUPS"],
                 "regionCode": "KZ-75", "amount": {"amount": "5000000.00", "currency": "KZT"}, "grantBand": "SHORT_TERM",
                 "durationMonths": 9, "applicationWindow": {"opensOn": "%s", "closesOn": "%s"},
                 "criteria": [{"code": "RELEVANCE", "name": {"ru": "Актуальность"}, "weight": 60},
                              {"code": "BUDGET", "name": {"ru": "Обоснованность бюджета"}, "weight": 40}],
                 "recommendationIds": ["%s"]}""".formatted(planId, MatrixFixtures.TODAY, MatrixFixtures.TODAY.plusDays(21),
                recommendationId);
    }

    private static String agency(String governmentBodyId) {
        return tokens.mint("e2e-agency-" + governmentBodyId, "agency", Map.of("agencyId", governmentBodyId),
                Duration.ofHours(1));
    }
}
