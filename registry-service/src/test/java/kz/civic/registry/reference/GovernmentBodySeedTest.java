package kz.civic.registry.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import kz.civic.infra.testing.EventContracts;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.infra.testing.TestKafka;
import kz.civic.platform.identity.Bin;
import kz.civic.registry.reference.event.GovernmentBodyCreatedEvent;
import kz.civic.registry.reference.service.GovernmentBodyAnnouncer;
import org.junit.jupiter.api.Test;

/**
 * The government bodies seeded by V3__government_bodies.sql, with the fixed ids demo data refers to, announced once
 * at start-up (GovernmentBodyAnnouncer) so the other services' replicas know them.
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class GovernmentBodySeedTest {

    static final UUID MCI = UUID.fromString("b50310c4-84e2-544e-947c-466cce71ce54");
    static final UUID CIVIL_SOCIETY_COMMITTEE = UUID.fromString("23fe81b5-7eb6-507c-ab06-26ea4ec31ab6");
    static final UUID GRANT_OPERATOR = UUID.fromString("fdd5de77-7325-540d-9ab7-f01ee377bb4d");
    static final UUID ALMATY_CITY_AKIMAT = UUID.fromString("0c9e4a9d-00ae-5dee-a2eb-3a7c300fec7b");

    @Inject
    DataSource dataSource;

    @Inject
    GovernmentBodyAnnouncer announcer;

    @Test
    void seededBinsHaveValidCheckDigits() throws Exception {
        List<String> invalid = new ArrayList<>();
        int seeded = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT bin FROM government_body WHERE bin LIKE '99124090%'")) {
            while (rs.next()) {
                seeded++;
                if (!Bin.isValid(rs.getString(1))) {
                    invalid.add(rs.getString(1));
                }
            }
        }
        assertEquals(49, seeded, "9 central bodies + 20 akimats + 20 departments");
        assertTrue(invalid.isEmpty(), "seeded BINs of impossible structure or with a wrong check digit: " + invalid);
    }

    @Test
    void ministryCommitteeAndGrantOperatorHaveFixedIds() {
        given().get("/api/v1/government-bodies/" + MCI).then().statusCode(200)
                .body("kind", equalTo("MINISTRY")).body("level", equalTo("CENTRAL"))
                .body("names.en", equalTo("Ministry of Culture and Information of the Republic of Kazakhstan"));
        given().get("/api/v1/government-bodies/" + CIVIL_SOCIETY_COMMITTEE).then().statusCode(200)
                .body("kind", equalTo("COMMITTEE")).body("parentId", equalTo(MCI.toString()))
                .body("names.ru", equalTo("Комитет по делам гражданского общества Министерства культуры и информации Республики Казахстан"));
        given().get("/api/v1/government-bodies/" + GRANT_OPERATOR).then().statusCode(200)
                .body("kind", equalTo("GRANT_OPERATOR")).body("shortName", equalTo("CSCI"));
        given().get("/api/v1/government-bodies/" + ALMATY_CITY_AKIMAT).then().statusCode(200)
                .body("kind", equalTo("AKIMAT")).body("level", equalTo("LOCAL")).body("regionCode", equalTo("KZ-75"));
    }

    @Test
    void everyCurrentRegionHasAnAkimatWithAnInternalPolicyDepartment() throws Exception {
        for (String code : ReferenceResourceTest.CURRENT_CODES) {
            List<String> akimats = given().queryParam("kind", "AKIMAT").queryParam("region", code)
                    .get("/api/v1/government-bodies").then().statusCode(200).body("items", hasSize(1))
                    .extract().path("items.id");
            given().queryParam("kind", "AKIMAT_DEPARTMENT").queryParam("region", code)
                    .get("/api/v1/government-bodies").then().statusCode(200)
                    .body("items.find { it.parentId == '" + akimats.get(0) + "' }.level", equalTo("LOCAL"));
        }
    }

    @Test
    void seededBodiesAreAnnouncedOnceParentsFirst() throws Exception {
        assertEquals(0L, count("SELECT count(*) FROM government_body WHERE announced_at IS NULL"),
                "every body announced at start-up");
        assertEquals(0, announcer.announceUnannounced(), "a second pass announces nothing");
        assertEquals(49L, count("SELECT count(DISTINCT record_key) FROM outbox_event WHERE event_type = '"
                + GovernmentBodyCreatedEvent.TYPE + "' AND record_key IN (SELECT CAST(id AS text) FROM government_body "
                + "WHERE bin LIKE '99124090%')"));
        assertEquals(0L, count("SELECT count(*) FROM (SELECT record_key FROM outbox_event WHERE event_type = '"
                + GovernmentBodyCreatedEvent.TYPE + "' GROUP BY record_key HAVING count(*) > 1) twice"), "no body twice");
        assertEquals(0L, count("""
                SELECT count(*) FROM outbox_event child JOIN government_body b ON CAST(b.id AS text) = child.record_key
                JOIN outbox_event parent ON parent.record_key = CAST(b.parent_id AS text)
                WHERE child.event_type = parent.event_type AND child.event_type = '%s' AND child.seq < parent.seq"""
                .formatted(GovernmentBodyCreatedEvent.TYPE)), "a parent is announced before its children");

        JsonNode committee = TestKafka.events(GovernmentBodyCreatedEvent.TOPIC, CIVIL_SOCIETY_COMMITTEE.toString(),
                GovernmentBodyCreatedEvent.TYPE, 1).get(0);
        EventContracts.assertConforms(committee);
        assertEquals(MCI.toString(), committee.path("data").path("parentId").asText());
        assertEquals("COMMITTEE", committee.path("data").path("kind").asText());
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
