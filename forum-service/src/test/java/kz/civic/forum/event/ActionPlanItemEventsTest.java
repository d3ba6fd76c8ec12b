package kz.civic.forum.event;

import static kz.civic.forum.support.ActionPlans.changeStatus;
import static kz.civic.forum.support.ActionPlans.item;
import static kz.civic.forum.support.ActionPlans.itemBody;
import static kz.civic.forum.support.ActionPlans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
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
class ActionPlanItemEventsTest {

    private static final String TOPIC = "forum.action-plan-items";
    private static final String CREATED = "kz.civic.forum.action-plan-item.created.v1";
    private static final String STATUS_CHANGED = "kz.civic.forum.action-plan-item.status-changed.v1";

    private static void assertConforms(JsonNode event) {
        Set<?> violations = EventContracts.violations(event.at("/type").asText(), event);
        assertTrue(violations.isEmpty(), "event violates its schema: " + violations + "\n" + event);
    }

    @Test
    void creationAndStatusChangesArePublishedAndConformToTheirSchemas() {
        World w = Recommendations.world();
        String rec = Recommendations.inStatus(RecommendationStatus.ACCEPTED);
        String planId = plan();
        String itemId = item(planId, itemBody(w.localBodyId(), List.of(rec), "2", "0", "20", LocalDate.now().plusYears(1)));
        changeStatus(planId, itemId, Tokens.agency(w.localBodyId()), "IN_PROGRESS").then().statusCode(200);
        changeStatus(planId, itemId, Tokens.secretariat(), "DONE").then().statusCode(200);
        List<JsonNode> events = TestKafka.events(TOPIC, itemId, 3);
        JsonNode created = events.get(0);
        assertEquals(CREATED, created.at("/type").asText());
        assertConforms(created);
        assertEquals(itemId, created.at("/subject").asText());
        assertEquals(planId, created.at("/data/planId").asText());
        assertEquals(w.forumId().toString(), created.at("/data/forumId").asText());
        assertEquals(w.localBodyId().toString(), created.at("/data/responsibleBodyId").asText());
        assertEquals(rec, created.at("/data/recommendationIds/0").asText());
        assertEquals(20, created.at("/data/indicator/target").asInt());
        assertEquals("PLANNED", created.at("/data/status").asText());
        JsonNode started = events.get(1);
        assertEquals(STATUS_CHANGED, started.at("/type").asText());
        assertConforms(started);
        assertEquals("PLANNED", started.at("/data/from").asText());
        assertEquals("IN_PROGRESS", started.at("/data/to").asText());
        assertEquals(1, started.at("/data/version").asLong());
        JsonNode done = events.get(2);
        assertConforms(done);
        assertEquals("DONE", done.at("/data/to").asText());
        assertEquals(rec, done.at("/data/recommendationIds/0").asText());
        ObjectNode broken = done.deepCopy();
        ((ObjectNode) broken.get("data")).put("from", "DONE");
        assertFalse(EventContracts.violations(STATUS_CHANGED, broken).isEmpty(), "DONE is terminal");
        ObjectNode noIndicator = created.deepCopy();
        ((ObjectNode) noIndicator.get("data")).remove("indicator");
        assertFalse(EventContracts.violations(CREATED, noIndicator).isEmpty());
    }
}
