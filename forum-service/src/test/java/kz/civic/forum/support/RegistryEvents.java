package kz.civic.forum.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import kz.civic.infra.testing.TestKafka;

/**
 * Registry events as registry-service publishes them (contracts/events), sent straight to Kafka,
 * and helpers that wait until forum-service has applied them.
 */
public final class RegistryEvents {

    public static final String NGOS = "registry.ngos";
    public static final String GOVERNMENT_BODIES = "registry.government-bodies";

    private RegistryEvents() {
    }

    public static String ngoRegistered(String eventId, String ngoId, long version, String status) {
        return """
                {"specversion":"1.0","id":"%s","source":"/registry-service","type":"kz.civic.registry.ngo.registered.v1",
                 "subject":"%s","time":"2026-11-25T05:00:00.000000Z","datacontenttype":"application/json",
                 "data":{"ngoId":"%s","bin":"940140000385","legacy":false,"names":{"ru":"Фонд развития","kk":"Даму қоры"},
                 "legalForm":"PUBLIC_FOUNDATION","eligibleForStateNgoFunding":true,"regionCode":"KZ-75",
                 "registrationDate":"2020-01-01","status":"%s","version":%d}}
                """.formatted(eventId, ngoId, ngoId, status, version);
    }

    public static String ngoStatusChanged(String eventId, String ngoId, long version, String from, String to) {
        return """
                {"specversion":"1.0","id":"%s","source":"/registry-service","type":"kz.civic.registry.ngo.status-changed.v1",
                 "subject":"%s","time":"2026-11-25T05:00:00.000000Z","datacontenttype":"application/json",
                 "data":{"ngoId":"%s","bin":"940140000385","from":"%s","to":"%s","reason":"decision",
                 "changedAt":"2026-11-25T05:00:00.000000Z","version":%d}}
                """.formatted(eventId, ngoId, ngoId, from, to, version);
    }

    /** A created ({@code created} true) or updated event of a government body. */
    public static String governmentBody(boolean created, String eventId, String id, long version, String level,
            String nameRu) {
        String region = "LOCAL".equals(level) ? "\"KZ-75\"" : "null";
        return """
                {"specversion":"1.0","id":"%s","source":"/registry-service","type":"kz.civic.registry.government-body.%s.v1",
                 "subject":"%s","time":"2026-11-25T05:00:00.000000Z","datacontenttype":"application/json",
                 "data":{"id":"%s","bin":"991240990016","names":{"ru":"%s","kk":"Органы"},"shortName":"ORG",
                 "level":"%s","kind":"%s","parentId":null,"regionCode":%s,"version":%d}}
                """.formatted(eventId, created ? "created" : "updated", id, id, nameRu, level,
                "LOCAL".equals(level) ? "AKIMAT" : "MINISTRY", region, version);
    }

    /** Sends a registered event (and, for another status, a status change) and waits for the replica. */
    public static UUID ngo(String status) {
        String id = UUID.randomUUID().toString();
        TestKafka.send(NGOS, id, ngoRegistered(UUID.randomUUID().toString(), id, 0, "REGISTERED"));
        long version = 0;
        if (!"REGISTERED".equals(status)) {
            version = 1;
            TestKafka.send(NGOS, id, ngoStatusChanged(UUID.randomUUID().toString(), id, 1, "REGISTERED", status));
        }
        awaitRow("SELECT count(*) FROM ngo_replica WHERE id = ?::uuid AND source_version = ?", id, version);
        return UUID.fromString(id);
    }

    /** Sends a created event for a CENTRAL or LOCAL body and waits for the replica. */
    public static UUID governmentBody(String level) {
        String id = UUID.randomUUID().toString();
        TestKafka.send(GOVERNMENT_BODIES, id, governmentBody(true, UUID.randomUUID().toString(), id, 0, level, "Министерство"));
        awaitRow("SELECT count(*) FROM government_body_replica WHERE id = ?::uuid", id);
        return UUID.fromString(id);
    }

    /** Waits until the inbox recorded event {@code eventId} (its effect, if any, committed with it). */
    public static void awaitApplied(String eventId) {
        awaitRow("SELECT count(*) FROM inbox_event WHERE consumer = 'forum-service' AND event_id = ?", eventId);
    }

    private static void awaitRow(String sql, Object... params) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Db.count(sql, params) == 1);
    }
}
