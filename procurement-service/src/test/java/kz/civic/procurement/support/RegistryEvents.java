package kz.civic.procurement.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.civic.infra.testing.TestKafka;
import kz.civic.infra.testing.EventContracts;

/**
 * Registry and forum events as their producers publish them (each checked against its contract in
 * contracts/events before it is sent), and helpers that wait until procurement applied them.
 */
public final class RegistryEvents {

    public static final String NGOS = "registry.ngos";
    public static final String GOVERNMENT_BODIES = "registry.government-bodies";
    public static final String RECOMMENDATIONS = "forum.recommendations";
    public static final String ACTION_PLAN_ITEMS = "forum.action-plan-items";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RegistryEvents() {
    }

    /** The profile fields of an NGO snapshot event (registered / updated). */
    public record Profile(String status, String legalForm, boolean eligible, String regionCode, List<String> spheres,
            List<String> leaderAndFounderHashes, String registrationDate) {

        public static Profile active() {
            return new Profile("ACTIVE", "PUBLIC_FOUNDATION", true, "KZ-75", List.of("SUPPORT_FOR_VULNERABLE_GROUPS", "EDUCATION_SCIENCE_INFORMATION_SPORTS"), List.of(),
                    "2020-01-01");
        }

        public Profile withStatus(String s) {
            return new Profile(s, legalForm, eligible, regionCode, spheres, leaderAndFounderHashes, registrationDate);
        }

        public Profile withLegalForm(String form, boolean isEligible) {
            return new Profile(status, form, isEligible, regionCode, spheres, leaderAndFounderHashes, registrationDate);
        }

        public Profile withRegion(String region) {
            return new Profile(status, legalForm, eligible, region, spheres, leaderAndFounderHashes, registrationDate);
        }

        public Profile withSpheres(List<String> codes) {
            return new Profile(status, legalForm, eligible, regionCode, codes, leaderAndFounderHashes, registrationDate);
        }

        public Profile withPersons(List<String> hashes) {
            return new Profile(status, legalForm, eligible, regionCode, spheres, hashes, registrationDate);
        }

        public Profile registeredOn(java.time.LocalDate date) {
            return new Profile(status, legalForm, eligible, regionCode, spheres, leaderAndFounderHashes, date.toString());
        }
    }

    private static ObjectNode envelope(String eventId, String type, String subject) {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("specversion", "1.0").put("id", eventId).put("source", type.startsWith("kz.civic.forum") ? "/forum-service"
                : "/registry-service").put("type", type).put("subject", subject).put("time", "2026-11-25T05:00:00.000000Z")
                .put("datacontenttype", "application/json");
        return e;
    }

    public static String ngoSnapshot(boolean registered, String eventId, UUID ngoId, long version, Profile p) {
        return ngoSnapshot(registered, eventId, ngoId, version, p, "940140000385");
    }

    /** A snapshot with this BIN; null: a legacy NGO registered without one. */
    public static String ngoSnapshot(boolean registered, String eventId, UUID ngoId, long version, Profile p, String bin) {
        String type = "kz.civic.registry.ngo." + (registered ? "registered" : "updated") + ".v1";
        ObjectNode e = envelope(eventId, type, ngoId.toString());
        ObjectNode d = e.putObject("data");
        d.put("ngoId", ngoId.toString()).put("bin", bin).put("legacy", bin == null);
        d.putObject("names").put("ru", "Фонд развития").put("kk", "Даму қоры");
        d.putArray("aliases");
        d.put("legalForm", p.legalForm()).put("eligibleForStateNgoFunding", p.eligible()).put("regionCode", p.regionCode())
                .put("registrationDate", p.registrationDate());
        p.spheres().forEach(d.putArray("spheres")::add);
        ArrayNode persons = d.putArray("persons");
        for (int i = 0; i < p.leaderAndFounderHashes().size(); i++) {
            persons.addObject().put("role", i == 0 ? "LEADER" : "FOUNDER").put("iinHash", p.leaderAndFounderHashes().get(i));
        }
        d.put("status", p.status()).put("version", version);
        return checked(e);
    }

    public static String ngoStatusChanged(String eventId, UUID ngoId, long version, String from, String to) {
        ObjectNode e = envelope(eventId, "kz.civic.registry.ngo.status-changed.v1", ngoId.toString());
        e.putObject("data").put("ngoId", ngoId.toString()).put("bin", "940140000385").put("from", from).put("to", to)
                .put("reason", "decision").put("changedAt", "2026-11-25T05:00:00.000000Z").put("version", version);
        return checked(e);
    }

    public static String reportFiled(String eventId, UUID ngoId, long version, int year, int lastReportYear) {
        ObjectNode e = envelope(eventId, "kz.civic.registry.ngo.report-filed.v1", ngoId.toString());
        e.putObject("data").put("ngoId", ngoId.toString()).put("bin", "940140000385")
                .put("reportId", UUID.randomUUID().toString()).put("year", year).put("revision", 1)
                .put("filedAt", "2026-03-01T05:00:00.000000Z").put("deadline", (year + 1) + "-03-31").put("onTime", true)
                .put("inNgoDatabase", true).put("lastReportYear", lastReportYear).put("version", version);
        return checked(e);
    }

    public static String governmentBody(boolean created, String eventId, UUID id, long version, String level, String nameRu) {
        ObjectNode e = envelope(eventId, "kz.civic.registry.government-body." + (created ? "created" : "updated") + ".v1",
                id.toString());
        ObjectNode d = e.putObject("data");
        d.put("id", id.toString()).put("bin", "991240990016");
        d.putObject("names").put("ru", nameRu).put("kk", "Орган");
        d.put("shortName", "ORG").put("level", level).put("kind", "LOCAL".equals(level) ? "AKIMAT" : "MINISTRY");
        d.putNull("parentId");
        if ("LOCAL".equals(level)) {
            d.put("regionCode", "KZ-75");
        } else {
            d.putNull("regionCode");
        }
        d.put("version", version);
        return checked(e);
    }

    public static String recommendationSubmitted(String eventId, UUID id, long version) {
        ObjectNode e = envelope(eventId, "kz.civic.forum.recommendation.submitted.v1", id.toString());
        ObjectNode d = e.putObject("data");
        d.put("id", id.toString());
        d.putObject("text").put("ru", "Расширить гранты для молодёжи");
        d.put("sourceType", "REPUBLICAN_FORUM").put("sourceId", UUID.randomUUID().toString());
        d.putArray("authorNgoIds");
        d.putArray("addressees").addObject().put("type", "CIVIL_ALLIANCE");
        d.putArray("spheres").add("SUPPORT_FOR_VULNERABLE_GROUPS");
        d.put("regionCode", "KZ-75");
        d.putArray("sdgGoals").add(16);
        d.put("priority", "HIGH").put("status", "SUBMITTED").put("submittedAt", "2026-11-25T05:00:00.000000Z")
                .put("responseDueDate", "2026-12-25").put("version", version);
        return checked(e);
    }

    public static String recommendationStatusChanged(String eventId, UUID id, long version, String from, String to) {
        ObjectNode e = envelope(eventId, "kz.civic.forum.recommendation.status-changed.v1", id.toString());
        ObjectNode d = e.putObject("data").put("id", id.toString()).put("from", from).put("to", to).put("reason", "agreed");
        if ("MERGED".equals(to)) {
            d.put("mergedIntoId", UUID.randomUUID().toString());
        }
        d.put("changedAt", "2026-11-25T05:00:00.000000Z").put("version", version);
        return checked(e);
    }

    public static String actionPlanItemCreated(String eventId, UUID id, UUID recommendationId, long version) {
        ObjectNode e = envelope(eventId, "kz.civic.forum.action-plan-item.created.v1", id.toString());
        ObjectNode d = e.putObject("data");
        d.put("id", id.toString()).put("planId", UUID.randomUUID().toString()).put("forumId", UUID.randomUUID().toString());
        d.putObject("title").put("ru", "Программа грантов для молодёжных НПО");
        d.put("responsibleBodyId", UUID.randomUUID().toString()).put("deadline", "2025-12-31").put("weight", 1);
        d.putObject("indicator").put("unit", "grants").put("baseline", 0).put("target", 20);
        d.putArray("recommendationIds").add(recommendationId.toString());
        d.put("status", "PLANNED").put("version", version);
        return checked(e);
    }

    public static String actionPlanItemStatusChanged(String eventId, UUID id, UUID planId, long version, String from,
            String to) {
        ObjectNode e = envelope(eventId, "kz.civic.forum.action-plan-item.status-changed.v1", id.toString());
        ObjectNode d = e.putObject("data");
        d.put("id", id.toString()).put("planId", planId.toString()).put("from", from).put("to", to).put("reason", "started");
        d.putArray("recommendationIds");
        d.put("changedAt", "2026-11-25T05:00:00.000000Z").put("version", version);
        return checked(e);
    }

    /** An item of a forum action plan procurement knows from forum's event, answering {@code recommendationId}. */
    public static UUID actionPlanItem(UUID recommendationId) {
        UUID id = UUID.randomUUID();
        TestKafka.send(ACTION_PLAN_ITEMS, id.toString(), actionPlanItemCreated(UUID.randomUUID().toString(), id,
                recommendationId, 1));
        awaitRow("SELECT count(*) FROM action_plan_item_replica WHERE id = ?::uuid", id.toString());
        return id;
    }

    private static String checked(ObjectNode event) {
        Set<?> violations = EventContracts.violations(event.get("type").asText(), event);
        assertTrue(violations.isEmpty(), "test event breaks its contract: " + violations);
        return event.toString();
    }

    /** An NGO with this profile (registered event), waited for. */
    public static UUID ngo(Profile profile) {
        return ngo(profile, "940140000385");
    }

    /** An NGO with this profile and BIN (null: a legacy NGO without one), waited for. */
    public static UUID ngo(Profile profile, String bin) {
        UUID id = UUID.randomUUID();
        TestKafka.send(NGOS, id.toString(), ngoSnapshot(true, UUID.randomUUID().toString(), id, 0, profile, bin));
        awaitRow("SELECT count(*) FROM ngo_replica WHERE ngo_id = ?::uuid", id.toString());
        return id;
    }

    /** Files a report for {@code year} (the NGO's version becomes {@code version}) and waits for it. */
    public static void fileReport(UUID ngoId, long version, int year) {
        TestKafka.send(NGOS, ngoId.toString(), reportFiled(UUID.randomUUID().toString(), ngoId, version, year, year));
        awaitRow("SELECT count(*) FROM ngo_replica_report WHERE ngo_id = ?::uuid AND year = ?", ngoId.toString(), year);
    }

    /** Sends {@code event} on registry.ngos and waits until the inbox recorded it. */
    public static void sendNgoEvent(UUID ngoId, String eventId, String event) {
        TestKafka.send(NGOS, ngoId.toString(), event);
        awaitApplied(eventId);
    }

    /** A CENTRAL or LOCAL government body, waited for. */
    public static UUID governmentBody(String level) {
        UUID id = UUID.randomUUID();
        TestKafka.send(GOVERNMENT_BODIES, id.toString(), governmentBody(true, UUID.randomUUID().toString(), id, 0, level,
                "Министерство"));
        awaitRow("SELECT count(*) FROM government_body_replica WHERE id = ?::uuid", id.toString());
        return id;
    }

    /** A submitted recommendation, waited for. */
    public static UUID recommendation() {
        UUID id = UUID.randomUUID();
        TestKafka.send(RECOMMENDATIONS, id.toString(), recommendationSubmitted(UUID.randomUUID().toString(), id, 1));
        awaitRow("SELECT count(*) FROM recommendation_replica WHERE id = ?::uuid", id.toString());
        return id;
    }

    /** Waits until the inbox recorded event {@code eventId} (its effect, if any, committed with it). */
    public static void awaitApplied(String eventId) {
        awaitRow("SELECT count(*) FROM inbox_event WHERE consumer = 'procurement-service' AND event_id = ?", eventId);
    }

    private static void awaitRow(String sql, Object... params) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Db.count(sql, params) == 1);
    }
}
