package kz.civic.forum.listener;

import static kz.civic.forum.support.RegistryEvents.GOVERNMENT_BODIES;
import static kz.civic.forum.support.RegistryEvents.governmentBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
class GovernmentBodyEventsListenerTest {

    private static Map<String, Object> replica(String id) {
        return Db.row("SELECT name_ru, level, kind, region_code, short_name, source_version FROM government_body_replica "
                + "WHERE id = ?::uuid", id);
    }

    @Test
    void createdEventCreatesTheReplica() {
        String id = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        TestKafka.send(GOVERNMENT_BODIES, id, governmentBody(true, eventId, id, 0, "LOCAL", "Акимат города Алматы"));
        RegistryEvents.awaitApplied(eventId);
        Map<String, Object> row = replica(id);
        assertEquals("Акимат города Алматы", row.get("name_ru"));
        assertEquals("LOCAL", row.get("level"));
        assertEquals("AKIMAT", row.get("kind"));
        assertEquals("KZ-75", row.get("region_code"));
        assertEquals("ORG", row.get("short_name"));
    }

    @Test
    void newerUpdateReplacesTheStateAndOlderOrRepeatedOnesAreIgnored() {
        String id = UUID.randomUUID().toString();
        TestKafka.send(GOVERNMENT_BODIES, id, governmentBody(true, UUID.randomUUID().toString(), id, 0, "LOCAL", "Акимат"));
        String update = governmentBody(false, UUID.randomUUID().toString(), id, 2, "CENTRAL", "Министерство");
        TestKafka.send(GOVERNMENT_BODIES, id, update);
        TestKafka.send(GOVERNMENT_BODIES, id, update);
        String late = UUID.randomUUID().toString();
        TestKafka.send(GOVERNMENT_BODIES, id, governmentBody(false, late, id, 1, "LOCAL", "Старое имя"));
        RegistryEvents.awaitApplied(late);
        Map<String, Object> row = replica(id);
        assertEquals("Министерство", row.get("name_ru"));
        assertEquals("CENTRAL", row.get("level"));
        assertEquals("MINISTRY", row.get("kind"));
        assertNull(row.get("region_code"));
        assertEquals(2L, row.get("source_version"));
    }

    @Test
    void anUnknownLevelGoesToTheDeadLetterTopic() {
        String id = UUID.randomUUID().toString();
        TestKafka.send(GOVERNMENT_BODIES, id, governmentBody(true, UUID.randomUUID().toString(), id, 0, "FEDERAL", "X"));
        String reason = TestKafka.header(GOVERNMENT_BODIES + ".dlq", id, "dlq-reason");
        assertTrue(reason.contains("level"), reason);
        assertEquals(0, Db.count("SELECT count(*) FROM government_body_replica WHERE id = ?::uuid", id));
    }
}
