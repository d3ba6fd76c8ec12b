package kz.civic.registry.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.registry.Bin;
import org.junit.jupiter.api.Test;

/** The government bodies seeded by V3__government_bodies.sql, with the fixed ids demo data refers to. */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class GovernmentBodySeedTest {

    static final UUID MCI = UUID.fromString("b50310c4-84e2-544e-947c-466cce71ce54");
    static final UUID CIVIL_SOCIETY_COMMITTEE = UUID.fromString("23fe81b5-7eb6-507c-ab06-26ea4ec31ab6");
    static final UUID GRANT_OPERATOR = UUID.fromString("fdd5de77-7325-540d-9ab7-f01ee377bb4d");
    static final UUID ALMATY_CITY_AKIMAT = UUID.fromString("0c9e4a9d-00ae-5dee-a2eb-3a7c300fec7b");

    @Inject
    DataSource dataSource;

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
        assertTrue(invalid.isEmpty(), "seeded BINs with a wrong check digit: " + invalid);
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
}
