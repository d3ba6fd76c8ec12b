package kz.civic.procurement.listener;

import static kz.civic.procurement.support.RegistryEvents.governmentBody;
import static kz.civic.procurement.support.RegistryEvents.recommendationStatusChanged;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.procurement.support.Db;
import kz.civic.infra.testing.TestKafka;
import kz.civic.procurement.support.RegistryEvents;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ReplicaEventsListenerTest {

    @Test
    void governmentBodyIsCreatedThenUpdatedAndNeverRolledBack() {
        UUID id = RegistryEvents.governmentBody("LOCAL");
        String update = UUID.randomUUID().toString();
        TestKafka.send(RegistryEvents.GOVERNMENT_BODIES, id.toString(), governmentBody(false, update, id, 2, "LOCAL", "Акимат"));
        RegistryEvents.awaitApplied(update);
        String stale = UUID.randomUUID().toString();
        TestKafka.send(RegistryEvents.GOVERNMENT_BODIES, id.toString(), governmentBody(false, stale, id, 1, "LOCAL", "Старое"));
        RegistryEvents.awaitApplied(stale);
        Map<String, Object> row = Db.row("SELECT * FROM government_body_replica WHERE id = ?::uuid", id);
        assertEquals("Акимат", row.get("name_ru"));
        assertEquals("LOCAL", row.get("level"));
        assertEquals("KZ-75", row.get("region_code"));
        assertEquals(2L, row.get("source_version"));
    }

    @Test
    void recommendationIsSubmittedThenChangesStatus() {
        UUID id = RegistryEvents.recommendation();
        String change = UUID.randomUUID().toString();
        TestKafka.send(RegistryEvents.RECOMMENDATIONS, id.toString(),
                recommendationStatusChanged(change, id, 2, "SUBMITTED", "ACCEPTED"));
        RegistryEvents.awaitApplied(change);
        Map<String, Object> row = Db.row("SELECT * FROM recommendation_replica WHERE id = ?::uuid", id);
        assertEquals("ACCEPTED", row.get("status"));
        assertEquals(2L, row.get("source_version"));
    }

    @Test
    void actionPlanItemIsCreatedThenChangesStatusAndNeverRollsBack() {
        UUID recommendation = RegistryEvents.recommendation();
        UUID id = RegistryEvents.actionPlanItem(recommendation);
        UUID plan = (UUID) Db.row("SELECT plan_id FROM action_plan_item_replica WHERE id = ?::uuid", id).get("plan_id");
        String change = UUID.randomUUID().toString();
        TestKafka.send(RegistryEvents.ACTION_PLAN_ITEMS, id.toString(),
                RegistryEvents.actionPlanItemStatusChanged(change, id, plan, 3, "PLANNED", "IN_PROGRESS"));
        RegistryEvents.awaitApplied(change);
        String stale = UUID.randomUUID().toString();
        TestKafka.send(RegistryEvents.ACTION_PLAN_ITEMS, id.toString(),
                RegistryEvents.actionPlanItemStatusChanged(stale, id, plan, 2, "IN_PROGRESS", "CANCELLED"));
        RegistryEvents.awaitApplied(stale);
        Map<String, Object> row = Db.row("SELECT * FROM action_plan_item_replica WHERE id = ?::uuid", id);
        assertEquals("IN_PROGRESS", row.get("status"), "an older event does not roll the item back");
        assertEquals(3L, row.get("source_version"));
    }
}
