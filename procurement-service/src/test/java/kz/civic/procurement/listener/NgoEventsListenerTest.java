package kz.civic.procurement.listener;

import static io.restassured.RestAssured.given;
import static kz.civic.procurement.support.RegistryEvents.ngoSnapshot;
import static kz.civic.procurement.support.RegistryEvents.ngoStatusChanged;
import static kz.civic.procurement.support.RegistryEvents.reportFiled;
import static kz.civic.procurement.support.RegistryEvents.sendNgoEvent;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.procurement.support.Db;
import kz.civic.infra.testing.TestKafka;
import kz.civic.procurement.support.RegistryEvents;
import kz.civic.procurement.support.RegistryEvents.Profile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class NgoEventsListenerTest {

    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    @Test
    void registeredEventCreatesReplicaWithProfile() {
        UUID ngoId = RegistryEvents.ngo(Profile.active().withStatus("REGISTERED").withPersons(List.of(HASH_A, HASH_B)));
        given().get("/api/v1/procurement/ngos/" + ngoId).then().statusCode(200)
                .body("status", equalTo("REGISTERED")).body("names.ru", equalTo("Фонд развития"))
                .body("regionCode", equalTo("KZ-75")).body("legalForm", equalTo("PUBLIC_FOUNDATION"))
                .body("spheres", contains("SUPPORT_FOR_VULNERABLE_GROUPS", "EDUCATION_SCIENCE_INFORMATION_SPORTS"))
                .body("inNgoDatabase", equalTo(false)).body("lastReportYear", nullValue())
                .body("$", not(hasKey("persons")))
                .header("ETag", "\"0\"");
        assertEquals(1, Db.count("SELECT count(*) FROM ngo_replica_person WHERE ngo_id = ?::uuid AND role = 'LEADER' "
                + "AND iin_hash = ?", ngoId, HASH_A));
        assertEquals(1, Db.count("SELECT count(*) FROM ngo_replica_person WHERE ngo_id = ?::uuid AND role = 'FOUNDER' "
                + "AND iin_hash = ?", ngoId, HASH_B));
    }

    @Test
    void updatedEventReplacesTheProfileIncludingPersons() {
        UUID ngoId = RegistryEvents.ngo(Profile.active().withPersons(List.of(HASH_A, HASH_B)));
        String eventId = newId();
        sendNgoEvent(ngoId, eventId, ngoSnapshot(false, eventId, ngoId, 1, Profile.active().withRegion("KZ-71")
                .withLegalForm("TRADE_UNION", false).withSpheres(List.of("CULTURE_AND_ART")).withPersons(List.of(HASH_B))));
        given().get("/api/v1/procurement/ngos/" + ngoId).then().statusCode(200)
                .body("regionCode", equalTo("KZ-71")).body("legalForm", equalTo("TRADE_UNION"))
                .body("eligibleForStateNgoFunding", equalTo(false)).body("spheres", contains("CULTURE_AND_ART"))
                .body("sourceVersion", equalTo(1));
        assertEquals(1, Db.count("SELECT count(*) FROM ngo_replica_person WHERE ngo_id = ?::uuid", ngoId));
        assertEquals(1, Db.count("SELECT count(*) FROM ngo_replica_person WHERE ngo_id = ?::uuid AND role = 'LEADER' "
                + "AND iin_hash = ?", ngoId, HASH_B));
    }

    @Test
    void olderSnapshotArrivingLateDoesNotRollStateBack() {
        UUID ngoId = RegistryEvents.ngo(Profile.active());
        String newer = newId();
        sendNgoEvent(ngoId, newer, ngoSnapshot(false, newer, ngoId, 3, Profile.active().withRegion("KZ-71")));
        String older = newId();
        sendNgoEvent(ngoId, older, ngoSnapshot(false, older, ngoId, 2, Profile.active().withRegion("KZ-11")));
        given().get("/api/v1/procurement/ngos/" + ngoId).then().statusCode(200)
                .body("regionCode", equalTo("KZ-71")).body("sourceVersion", equalTo(3));
    }

    @Test
    void statusChangedEventMovesReplicaStatusOnce() {
        UUID ngoId = RegistryEvents.ngo(Profile.active().withStatus("REGISTERED"));
        String eventId = newId();
        String change = ngoStatusChanged(eventId, ngoId, 1, "REGISTERED", "ACTIVE");
        TestKafka.send(RegistryEvents.NGOS, ngoId.toString(), change);
        sendNgoEvent(ngoId, eventId, change);
        given().get("/api/v1/procurement/ngos/" + ngoId).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("sourceVersion", equalTo(1));
        assertEquals(1, Db.count("SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId));
    }

    @Test
    void reportFiledRecordsTheYearAndLastReportYearEvenWhenLate() {
        UUID ngoId = RegistryEvents.ngo(Profile.active());
        String e2025 = newId();
        sendNgoEvent(ngoId, e2025, reportFiled(e2025, ngoId, 2, 2025, 2025));
        String e2024 = newId();
        sendNgoEvent(ngoId, e2024, reportFiled(e2024, ngoId, 1, 2024, 2024));
        given().get("/api/v1/procurement/ngos/" + ngoId).then().statusCode(200)
                .body("inNgoDatabase", equalTo(true)).body("lastReportYear", equalTo(2025))
                .body("reportedYears", contains(2024, 2025)).body("sourceVersion", equalTo(2));
    }

    @Test
    void reportForUnknownNgoGoesToTheDeadLetterTopic() {
        UUID ngoId = UUID.randomUUID();
        TestKafka.send(RegistryEvents.NGOS, ngoId.toString(), reportFiled(newId(), ngoId, 1, 2025, 2025));
        assertEquals(1, TestKafka.events(RegistryEvents.NGOS + ".dlq", ngoId.toString(), 1).size());
        assertEquals(0, Db.count("SELECT count(*) FROM ngo_replica_report WHERE ngo_id = ?::uuid", ngoId));
    }

    @Test
    void unknownNgoIs404ProblemJson() {
        given().get("/api/v1/procurement/ngos/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
