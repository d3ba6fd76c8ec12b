package kz.civic.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 end to end through the gateway: an NGO and a government body entered in the register reach forum-service's
 * replicas; the forum secretariat creates an edition and a recommendation authored by the NGO and addressed to the
 * body, and submits it; the submitted event reaches procurement-service's recommendation replica (seen through a call
 * that names the recommendation: 422 {@code unknown-recommendation} until it arrives, 201 after); the addressed
 * agency answers it.
 */
class RecommendationFlowIT extends StackIT {

    private static final Duration REPLICA_WAIT = Duration.ofSeconds(60);

    @Test
    void submittedRecommendationReachesProcurementAndTheAgencyAnswers() {
        String ngoId = created(post("/api/v1/ngos", token("registrar"), """
                {"bin": "%s", "names": {"ru": "Фонд защиты прав детей", "kk": "Балалар құқықтарын қорғау қоры"},
                 "legalForm": "PUBLIC_FOUNDATION", "regionCode": "KZ-75", "registrationDate": "2012-03-15"}"""
                .formatted(MatrixFixtures.bin())), "NGO registration");
        String bodyId = created(post("/api/v1/government-bodies", token("admin"), """
                {"bin": "%s", "names": {"ru": "Министерство информации и общественного развития (e2e)",
                 "kk": "Ақпарат және қоғамдық даму министрлігі (e2e)"}, "shortName": "MIOR-E2E", "level": "CENTRAL",
                 "kind": "MINISTRY", "parentId": null, "regionCode": null}""".formatted(MatrixFixtures.bin())), "government body");
        String forumId = edition();

        // forum-service sees the NGO and the body once their events are applied: until then 422 unknown-ngo /
        // unknown-government-body, nothing written
        String recommendation = """
                {"text": {"ru": "Упростить доступ НПО к государственному социальному заказу",
                  "kk": "ҮЕҰ-ның мемлекеттік әлеуметтік тапсырысқа қол жеткізуін жеңілдету"},
                 "sourceType": "REPUBLICAN_FORUM", "sourceId": "%s", "authorNgoIds": ["%s"],
                 "addressees": [{"type": "CENTRAL_AGENCY", "governmentBodyId": "%s"}],
                 "spheres": ["SUPPORT_FOR_VULNERABLE_GROUPS"], "regionCode": "KZ-75", "sdgGoals": [16], "priority": "HIGH"}
                """.formatted(forumId, ngoId, bodyId);
        String secretariat = token("forum-secretariat");
        Answer[] drafted = new Answer[1];
        await().atMost(REPLICA_WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            drafted[0] = post("/api/v1/recommendations", secretariat, recommendation);
            assertEquals(201, drafted[0].status(), () -> "forum replicas not there yet: " + drafted[0].body());
        });
        String id = drafted[0].body().get("id").asText();
        assertEquals("DRAFT", drafted[0].body().get("status").asText());
        assertEquals(stack.gatewayUrl() + "/api/v1/recommendations/" + id,
                drafted[0].raw().headers().firstValue("Location").orElse(null));

        Answer submitted = send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/recommendations/" + id
                        + "/status-changes")).header("Authorization", "Bearer " + secretariat)
                .header("Content-Type", "application/json")
                .header("If-Match", drafted[0].raw().headers().firstValue("ETag").orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"SUBMITTED\"}")));
        assertEquals(200, submitted.status(), () -> "submission failed: " + submitted.body());
        assertEquals("SUBMITTED", submitted.body().get("status").asText());
        assertTrue(submitted.body().hasNonNull("responseDueDate"), () -> submitted.body().toString());

        // procurement-service: a plan of the body (its government-body replica), then a call naming the
        // recommendation (its recommendation replica, fed by forum's submitted event)
        String officer = token("procurement-officer");
        String plan = """
                {"year": 2026, "instrument": "STATE_GRANT", "level": "CENTRAL", "customerId": "%s",
                 "budget": {"amount": "100000000.00", "currency": "KZT"},
                 "title": {"ru": "Гранты для НПО на 2026 год", "en": "NGO grants 2026"}}""".formatted(bodyId);
        Answer[] planned = new Answer[1];
        await().atMost(REPLICA_WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            planned[0] = post("/api/v1/funding-plans", officer, plan);
            assertEquals(201, planned[0].status(), () -> "procurement's body replica not there yet: " + planned[0].body());
        });
        String planId = planned[0].body().get("id").asText();

        Answer unknown = post("/api/v1/calls", officer, call(planId, UUID.randomUUID().toString()));
        assertEquals(422, unknown.status(), () -> unknown.body().toString());
        assertEquals("/problems/unknown-recommendation", unknown.body().get("type").asText());

        Answer[] call = new Answer[1];
        await().atMost(REPLICA_WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            call[0] = post("/api/v1/calls", officer, call(planId, id));
            assertEquals(201, call[0].status(), () -> "procurement's recommendation replica not there yet: " + call[0].body());
        });
        assertEquals(id, call[0].body().get("recommendationIds").get(0).asText());
        Answer read = get("/api/v1/calls/" + call[0].body().get("id").asText());
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

    private static String created(Answer answer, String what) {
        assertEquals(201, answer.status(), () -> what + " failed: " + answer.body());
        return answer.body().get("id").asText();
    }

    /** A new forum edition with an edition number no other test uses. */
    private static String edition() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int number = ThreadLocalRandom.current().nextInt(100, 1001);
            Answer r = post("/api/v1/forums", token("forum-secretariat"), """
                    {"editionNumber": %d, "year": 2026, "motto": {"ru": "Голос гражданского общества"}}""".formatted(number));
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
                 "durationMonths": 9, "applicationWindow": {"opensOn": "2026-12-01", "closesOn": "2026-12-22"},
                 "criteria": [{"code": "RELEVANCE", "name": {"ru": "Актуальность"}, "weight": 60},
                              {"code": "BUDGET", "name": {"ru": "Обоснованность бюджета"}, "weight": 40}],
                 "recommendationIds": ["%s"]}""".formatted(planId, recommendationId);
    }

    private static String agency(String governmentBodyId) {
        return tokens.mint("e2e-agency-" + governmentBodyId, "agency", Map.of("agencyId", governmentBodyId),
                Duration.ofHours(1));
    }
}
