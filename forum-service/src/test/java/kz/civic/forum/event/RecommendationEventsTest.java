package kz.civic.forum.event;

import static io.restassured.RestAssured.given;
import static kz.civic.forum.support.Recommendations.body;
import static kz.civic.forum.support.Recommendations.change;
import static kz.civic.forum.support.Recommendations.create;
import static kz.civic.forum.support.Recommendations.etag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.civic.forum.RecommendationStatus;
import kz.civic.infra.testing.TestKafka;
import kz.civic.forum.support.Recommendations;
import kz.civic.forum.support.Recommendations.World;
import kz.civic.infra.testing.EventContracts;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class RecommendationEventsTest {

    private static final String TOPIC = "forum.recommendations";
    private static final String SUBMITTED = "kz.civic.forum.recommendation.submitted.v1";
    private static final String STATUS_CHANGED = "kz.civic.forum.recommendation.status-changed.v1";
    private static final String RESPONSE_RECORDED = "kz.civic.forum.recommendation.response-recorded.v1";

    private static void assertConforms(JsonNode event) {
        Set<?> violations = EventContracts.violations(event.at("/type").asText(), event);
        assertTrue(violations.isEmpty(), "event violates its schema: " + violations + "\n" + event);
    }

    @Test
    void submissionPublishesTheWholeRecommendationAndLaterChangesTheirStatus() {
        World w = Recommendations.world();
        String id = create(body());
        Map<String, Object> edited = body();
        edited.put("priority", "MEDIUM");
        given().auth().oauth2(Tokens.secretariat())
                .header("If-Match", "\"0\"").contentType("application/json").body(edited)
                .put("/api/v1/recommendations/" + id).then().statusCode(200);
        change(id, "\"1\"", Map.of("to", "SUBMITTED")).then().statusCode(200);
        change(id, "\"2\"", Map.of("to", "ACCEPTED", "reason", "into the Action Plan 2024-2025")).then().statusCode(200);
        List<JsonNode> events = TestKafka.events(TOPIC, id, 2);
        JsonNode submitted = events.get(0);
        assertEquals(SUBMITTED, submitted.at("/type").asText(), "no event may precede the submission");
        assertConforms(submitted);
        assertEquals(id, submitted.at("/subject").asText());
        assertEquals("/forum-service", submitted.at("/source").asText());
        assertEquals("SUBMITTED", submitted.at("/data/status").asText());
        assertEquals("MEDIUM", submitted.at("/data/priority").asText());
        assertEquals(w.centralBodyId().toString(), submitted.at("/data/addressees/0/governmentBodyId").asText());
        assertFalse(submitted.at("/data/addressees/2").has("governmentBodyId"));
        assertEquals(2, submitted.at("/data/version").asLong());
        assertTrue(submitted.at("/data/responseDueDate").isTextual());
        JsonNode accepted = events.get(1);
        assertEquals(STATUS_CHANGED, accepted.at("/type").asText());
        assertConforms(accepted);
        assertEquals("SUBMITTED", accepted.at("/data/from").asText());
        assertEquals("ACCEPTED", accepted.at("/data/to").asText());
        assertEquals("into the Action Plan 2024-2025", accepted.at("/data/reason").asText());
        assertEquals(3, accepted.at("/data/version").asLong());
    }

    @Test
    void mergedAndDeclinedEventsCarryTheirTargetAndJustification() {
        String target = Recommendations.inStatus(RecommendationStatus.SUBMITTED);
        String merged = Recommendations.inStatus(RecommendationStatus.SUBMITTED);
        change(merged, etag(merged), Map.of("to", "MERGED", "mergedIntoId", target)).then().statusCode(200);
        JsonNode mergedEvent = TestKafka.events(TOPIC, merged, 2).get(1);
        assertConforms(mergedEvent);
        assertEquals(target, mergedEvent.at("/data/mergedIntoId").asText());
        String declined = Recommendations.inStatus(RecommendationStatus.SUBMITTED);
        change(declined, etag(declined), Map.of("to", "DECLINED", "reason", "outside the state's competence"))
                .then().statusCode(200);
        JsonNode declinedEvent = TestKafka.events(TOPIC, declined, 2).get(1);
        assertConforms(declinedEvent);
        assertEquals("DECLINED", declinedEvent.at("/data/to").asText());
        assertFalse(declinedEvent.at("/data").has("mergedIntoId"));
    }

    @Test
    void theSchemasRejectEventsThatBreakTheContract() {
        String id = Recommendations.inStatus(RecommendationStatus.ACCEPTED);
        List<JsonNode> events = TestKafka.events(TOPIC, id, 2);
        ObjectNode submitted = events.get(0).deepCopy();
        ((ObjectNode) submitted.get("data")).remove("responseDueDate");
        assertFalse(EventContracts.violations(SUBMITTED, submitted).isEmpty());
        ObjectNode accepted = events.get(1).deepCopy();
        ((ObjectNode) accepted.get("data")).put("to", "MERGED");
        assertFalse(EventContracts.violations(STATUS_CHANGED, accepted).isEmpty(), "MERGED without mergedIntoId must be rejected");
        ObjectNode agency = events.get(0).deepCopy();
        ((ObjectNode) agency.at("/data/addressees/0")).remove("governmentBodyId");
        assertFalse(EventContracts.violations(SUBMITTED, agency).isEmpty(), "an agency addressee names its body");
    }

    @Test
    void anAnswerPublishesResponseRecordedWithTheRecommendationVersion() {
        World w = Recommendations.world();
        String id = Recommendations.inStatus(RecommendationStatus.SUBMITTED);
        given().auth().oauth2(Tokens.agency(w.centralBodyId())).contentType("application/json")
                .body(Map.of("position", "NOT_SUPPORTED", "text", Map.of("kk", "Қолдамаймыз")))
                .post("/api/v1/recommendations/" + id + "/responses").then().statusCode(201);
        JsonNode event = TestKafka.events(TOPIC, id, 2).get(1);
        assertEquals(RESPONSE_RECORDED, event.at("/type").asText());
        assertConforms(event);
        assertEquals(id, event.at("/subject").asText());
        assertEquals(w.centralBodyId().toString(), event.at("/data/governmentBodyId").asText());
        assertEquals("NOT_SUPPORTED", event.at("/data/position").asText());
        assertEquals("Қолдамаймыз", event.at("/data/text/kk").asText());
        assertTrue(event.at("/data/onTime").asBoolean());
        assertTrue(event.at("/data/firstFromBody").asBoolean());
        assertEquals(2, event.at("/data/version").asLong());
        ObjectNode noText = event.deepCopy();
        ((ObjectNode) noText.get("data")).putObject("text").put("en", "English only");
        assertFalse(EventContracts.violations(RESPONSE_RECORDED, noText).isEmpty(), "kk or ru is required");
        ObjectNode badPosition = event.deepCopy();
        ((ObjectNode) badPosition.get("data")).put("position", "MAYBE");
        assertFalse(EventContracts.violations(RESPONSE_RECORDED, badPosition).isEmpty());
    }
}
