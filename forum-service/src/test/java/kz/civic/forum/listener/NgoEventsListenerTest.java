package kz.civic.forum.listener;

import static kz.civic.forum.support.RegistryEvents.NGOS;
import static kz.civic.forum.support.RegistryEvents.ngoRegistered;
import static kz.civic.forum.support.RegistryEvents.ngoStatusChanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.support.Db;
import kz.civic.infra.testing.TestKafka;
import kz.civic.forum.support.RegistryEvents;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class NgoEventsListenerTest {

    private static Map<String, Object> replica(String id) {
        return Db.row("SELECT name_ru, name_kk, status, source_version, last_event_id FROM ngo_replica WHERE id = ?::uuid", id);
    }

    @Test
    void registeredEventCreatesTheReplica() {
        String id = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        TestKafka.send(NGOS, id, ngoRegistered(eventId, id, 0, "REGISTERED"));
        RegistryEvents.awaitApplied(eventId);
        Map<String, Object> row = replica(id);
        assertEquals("Фонд развития", row.get("name_ru"));
        assertEquals("Даму қоры", row.get("name_kk"));
        assertEquals("REGISTERED", row.get("status"));
        assertEquals(0L, row.get("source_version"));
        assertEquals(eventId, row.get("last_event_id"));
    }

    @Test
    void statusChangeMovesTheStatusAndARedeliveryHasNoSecondEffect() {
        String id = UUID.randomUUID().toString();
        TestKafka.send(NGOS, id, ngoRegistered(UUID.randomUUID().toString(), id, 0, "REGISTERED"));
        String change = UUID.randomUUID().toString();
        String event = ngoStatusChanged(change, id, 1, "REGISTERED", "ACTIVE");
        TestKafka.send(NGOS, id, event);
        TestKafka.send(NGOS, id, event);
        String marker = UUID.randomUUID().toString();
        TestKafka.send(NGOS, id, ngoStatusChanged(marker, id, 2, "ACTIVE", "SUSPENDED"));
        RegistryEvents.awaitApplied(marker);
        assertEquals(1, Db.count("SELECT count(*) FROM inbox_event WHERE event_id = ?", change));
        assertEquals("SUSPENDED", replica(id).get("status"));
        assertEquals(2L, replica(id).get("source_version"));
    }

    @Test
    void updatedSnapshotRefreshesTheNames() {
        String id = UUID.randomUUID().toString();
        TestKafka.send(NGOS, id, ngoRegistered(UUID.randomUUID().toString(), id, 0, "REGISTERED"));
        String update = UUID.randomUUID().toString();
        TestKafka.send(NGOS, id, ngoRegistered(update, id, 4, "ACTIVE").replace("ngo.registered.v1", "ngo.updated.v1")
                .replace("Фонд развития", "Фонд развития Казахстана"));
        RegistryEvents.awaitApplied(update);
        assertEquals("Фонд развития Казахстана", replica(id).get("name_ru"));
        assertEquals("ACTIVE", replica(id).get("status"));
        assertEquals(4L, replica(id).get("source_version"));
    }

    @Test
    void anEventThatIsNotNewerNeverRollsTheReplicaBack() {
        String id = UUID.randomUUID().toString();
        TestKafka.send(NGOS, id, ngoRegistered(UUID.randomUUID().toString(), id, 0, "REGISTERED"));
        TestKafka.send(NGOS, id, ngoStatusChanged(UUID.randomUUID().toString(), id, 3, "ACTIVE", "LIQUIDATING"));
        String lateChange = UUID.randomUUID().toString();
        TestKafka.send(NGOS, id, ngoStatusChanged(lateChange, id, 2, "REGISTERED", "ACTIVE"));
        String lateRegistration = UUID.randomUUID().toString();
        TestKafka.send(NGOS, id, ngoRegistered(lateRegistration, id, 3, "ACTIVE"));
        RegistryEvents.awaitApplied(lateChange);
        RegistryEvents.awaitApplied(lateRegistration);
        assertEquals("LIQUIDATING", replica(id).get("status"));
        assertEquals(3L, replica(id).get("source_version"));
    }

    @Test
    void aStatusChangeOfAnUnknownNgoGoesToTheDeadLetterTopic() {
        String id = UUID.randomUUID().toString();
        TestKafka.send(NGOS, id, ngoStatusChanged(UUID.randomUUID().toString(), id, 1, "REGISTERED", "ACTIVE"));
        String reason = TestKafka.header(NGOS + ".dlq", id, "dlq-reason");
        assertTrue(reason.contains("never saw registered"), reason);
        assertEquals(0, Db.count("SELECT count(*) FROM ngo_replica WHERE id = ?::uuid", id));
    }

    @Test
    void anEventWithoutVersionGoesToTheDeadLetterTopicAndConsumptionContinues() {
        String id = UUID.randomUUID().toString();
        TestKafka.send(NGOS, id, ngoRegistered(UUID.randomUUID().toString(), id, 0, "REGISTERED").replace(",\"version\":0", ""));
        String reason = TestKafka.header(NGOS + ".dlq", id, "dlq-reason");
        assertTrue(reason.contains("data.version"), reason);
        RegistryEvents.ngo("ACTIVE");
        assertEquals(0, Db.count("SELECT count(*) FROM ngo_replica WHERE id = ?::uuid", id));
    }
}
