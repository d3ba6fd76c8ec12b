package kz.civic.forum.listener;

import static io.restassured.RestAssured.given;
import static kz.civic.forum.support.ProcurementEvents.AWARDS;
import static kz.civic.forum.support.ProcurementEvents.CONTRACTS;
import static kz.civic.forum.support.ProcurementEvents.awardDecided;
import static kz.civic.forum.support.ProcurementEvents.checked;
import static kz.civic.forum.support.ProcurementEvents.reportApproved;
import static kz.civic.forum.support.ProcurementEvents.violating;
import static kz.civic.forum.support.Recommendations.change;
import static kz.civic.forum.support.Recommendations.etag;
import static kz.civic.forum.support.Recommendations.inStatus;
import static kz.civic.forum.support.RegistryEvents.awaitApplied;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.support.Db;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.infra.testing.TestKafka;
import org.junit.jupiter.api.Test;

/** Procurement's award-decided and report-approved events become evidence of the recommendations a call implements. */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class ProcurementEventsListenerTest {

    private static long evidence(String recommendationId, String kind) {
        return Db.count("SELECT count(*) FROM recommendation_evidence WHERE recommendation_id = ?::uuid AND kind = ?",
                recommendationId, kind);
    }

    private static String sendAward(UUID awardId, List<?> recommendationIds) {
        String eventId = UUID.randomUUID().toString();
        TestKafka.send(AWARDS, awardId.toString(), checked(awardDecided(eventId, awardId, recommendationIds)));
        awaitApplied(eventId);
        return eventId;
    }

    private static String sendReport(UUID reportId, UUID awardId, String kind, List<?> recommendationIds) {
        String eventId = UUID.randomUUID().toString();
        ObjectNode event = reportApproved(eventId, reportId, awardId, kind, recommendationIds);
        TestKafka.send(CONTRACTS, event.get("subject").asText(), checked(event));
        awaitApplied(eventId);
        return eventId;
    }

    @Test
    void aDecidedAwardIsEvidenceOfEachKnownRecommendationAndUnknownIdsAreIgnored() {
        String first = inStatus(RecommendationStatus.IN_PROGRESS);
        String second = inStatus(RecommendationStatus.ACCEPTED);
        UUID unknown = UUID.randomUUID();
        UUID award = UUID.randomUUID();
        sendAward(award, List.of(first, unknown, second));

        for (String id : List.of(first, second)) {
            Map<String, Object> row = Db.row("SELECT kind, award_id, report_id, actor, government_body_id, url "
                    + "FROM recommendation_evidence WHERE recommendation_id = ?::uuid", id);
            assertEquals("AWARD", row.get("kind"));
            assertEquals(award, row.get("award_id"));
            assertEquals("procurement-service", row.get("actor"));
            assertEquals(null, row.get("report_id"));
            assertEquals(null, row.get("government_body_id"));
            given().get("/api/v1/recommendations/" + id + "/evidence").then().statusCode(200)
                    .body("items", hasSize(1)).body("items[0].kind", equalTo("AWARD"))
                    .body("items[0].awardId", equalTo(award.toString())).body("items[0].fromProcurement", equalTo(true))
                    .body("items[0].reportId", nullValue()).body("items[0].url", nullValue());
            given().get("/api/v1/recommendations/" + id + "/implementation").then().statusCode(200)
                    .body("evidenceCount", equalTo(1));
        }
        assertEquals(0, Db.count("SELECT count(*) FROM recommendation_evidence WHERE recommendation_id = ?::uuid",
                unknown.toString()));
    }

    @Test
    void consumedEvidenceOpensTheEvidenceGate() {
        String implemented = inStatus(RecommendationStatus.IN_PROGRESS);
        change(implemented, etag(implemented), Map.of("to", "IMPLEMENTED")).then().statusCode(422)
                .body("type", equalTo("/problems/evidence-required"));
        sendAward(UUID.randomUUID(), List.of(implemented));
        change(implemented, etag(implemented), Map.of("to", "IMPLEMENTED")).then().statusCode(200)
                .body("status", equalTo("IMPLEMENTED"));

        String partially = inStatus(RecommendationStatus.IN_PROGRESS);
        change(partially, etag(partially), Map.of("to", "PARTIALLY_IMPLEMENTED")).then().statusCode(422)
                .body("type", equalTo("/problems/evidence-required"));
        sendReport(UUID.randomUUID(), UUID.randomUUID(), "FINAL", List.of(partially));
        change(partially, etag(partially), Map.of("to", "PARTIALLY_IMPLEMENTED")).then().statusCode(200)
                .body("status", equalTo("PARTIALLY_IMPLEMENTED"));
    }

    @Test
    void aRedeliveredOrReEmittedAwardHasNoSecondEffect() {
        String id = inStatus(RecommendationStatus.IN_PROGRESS);
        UUID award = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = checked(awardDecided(eventId, award, List.of(id)));
        TestKafka.send(AWARDS, award.toString(), event);
        TestKafka.send(AWARDS, award.toString(), event);
        awaitApplied(eventId);
        sendAward(award, List.of(id)); // the same award under a new event id: already there
        assertEquals(1, Db.count("SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId));
        assertEquals(1, evidence(id, "AWARD"));

        String byHand = inStatus(RecommendationStatus.IN_PROGRESS);
        UUID entered = UUID.randomUUID();
        given().auth().oauth2(Tokens.secretariat()).contentType("application/json")
                .body(Map.of("kind", "AWARD", "awardId", entered.toString()))
                .post("/api/v1/recommendations/" + byHand + "/evidence").then().statusCode(201)
                .body("fromProcurement", equalTo(false));
        sendAward(entered, List.of(byHand));
        assertEquals(1, evidence(byHand, "AWARD"));
    }

    @Test
    void anApprovedFinalReportIsEvidenceAndAnInterimOneIsNot() {
        String id = inStatus(RecommendationStatus.IN_PROGRESS);
        UUID award = UUID.randomUUID();
        sendAward(award, List.of(id));
        String interim = sendReport(UUID.randomUUID(), award, "INTERIM", List.of(id));
        assertEquals(1, Db.count("SELECT count(*) FROM inbox_event WHERE event_id = ?", interim));
        assertEquals(0, evidence(id, "AWARD_REPORT"));

        UUID report = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        ObjectNode event = reportApproved(eventId, report, award, "FINAL", List.of(id, UUID.randomUUID().toString()));
        TestKafka.send(CONTRACTS, event.get("subject").asText(), checked(event));
        TestKafka.send(CONTRACTS, event.get("subject").asText(), checked(event));
        awaitApplied(eventId);
        sendReport(report, award, "FINAL", List.of(id)); // re-emitted: already there
        assertEquals(1, Db.count("SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId));
        assertEquals(1, evidence(id, "AWARD_REPORT"));
        given().get("/api/v1/recommendations/" + id + "/evidence").then().statusCode(200)
                .body("items.kind", contains("AWARD", "AWARD_REPORT"))
                .body("items[1].awardId", equalTo(award.toString())).body("items[1].reportId", equalTo(report.toString()))
                .body("items[1].fromProcurement", equalTo(true));
        given().get("/api/v1/recommendations/" + id + "/implementation").then().statusCode(200)
                .body("evidenceCount", equalTo(2));
    }

    @Test
    void contractViolationsGoToTheDeadLetterTopicAndConsumptionContinues() {
        String id = inStatus(RecommendationStatus.IN_PROGRESS);
        UUID award = UUID.randomUUID();
        ObjectNode noRecommendations = awardDecided(UUID.randomUUID().toString(), award, List.of(id));
        ((ObjectNode) noRecommendations.get("data")).remove("recommendationIds");
        TestKafka.send(AWARDS, award.toString(), violating(noRecommendations));
        String reason = TestKafka.header(AWARDS + ".dlq", award.toString(), "dlq-reason");
        assertTrue(reason.contains("data.recommendationIds"), reason);

        UUID badId = UUID.randomUUID();
        TestKafka.send(AWARDS, badId.toString(), violating(awardDecided(UUID.randomUUID().toString(), badId,
                List.of("not-a-uuid"))));
        reason = TestKafka.header(AWARDS + ".dlq", badId.toString(), "dlq-reason");
        assertTrue(reason.contains("not a UUID"), reason);

        ObjectNode badKind = reportApproved(UUID.randomUUID().toString(), UUID.randomUUID(), UUID.randomUUID(), "MONTHLY",
                List.of(id));
        TestKafka.send(CONTRACTS, badKind.get("subject").asText(), violating(badKind));
        reason = TestKafka.header(CONTRACTS + ".dlq", badKind.get("subject").asText(), "dlq-reason");
        assertTrue(reason.contains("data.kind"), reason);

        ObjectNode noAward = reportApproved(UUID.randomUUID().toString(), UUID.randomUUID(), UUID.randomUUID(), "FINAL",
                List.of(id));
        ((ObjectNode) noAward.get("data")).remove("awardId");
        TestKafka.send(CONTRACTS, noAward.get("subject").asText(), violating(noAward));
        reason = TestKafka.header(CONTRACTS + ".dlq", noAward.get("subject").asText(), "dlq-reason");
        assertTrue(reason.contains("data.awardId"), reason);

        assertEquals(0, Db.count("SELECT count(*) FROM recommendation_evidence WHERE recommendation_id = ?::uuid", id));
        sendAward(award, List.of(id));
        assertEquals(1, evidence(id, "AWARD"));
    }

    @Test
    void awardReportEvidenceIsNotEnteredByHand() {
        String id = inStatus(RecommendationStatus.IN_PROGRESS);
        given().auth().oauth2(Tokens.secretariat()).contentType("application/json")
                .body(Map.of("kind", "AWARD_REPORT", "awardId", UUID.randomUUID().toString()))
                .post("/api/v1/recommendations/" + id + "/evidence").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("kind"));
        assertEquals(0, Db.count("SELECT count(*) FROM recommendation_evidence WHERE recommendation_id = ?::uuid", id));
    }
}
