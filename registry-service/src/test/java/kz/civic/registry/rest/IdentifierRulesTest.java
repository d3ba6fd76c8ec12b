package kz.civic.registry.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.platform.identity.Bin;
import kz.civic.platform.identity.CheckDigit;
import kz.civic.registry.RegistryTestSupport;
import kz.civic.registry.TestBins;
import kz.civic.registry.reference.service.RegionService;
import org.junit.jupiter.api.Test;

/**
 * BIN and IIN structure on every registry input that takes one (400 validation naming the field or
 * parameter, nothing stored), and the register's date rules: a BIN assigned after the registration
 * date, a branch registered before its head organisation (422, nothing stored or changed).
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class IdentifierRulesTest {

    @Inject
    DataSource dataSource;

    private final String registrar = NgoResourceTest.token("registrar");

    /** {@code first6} + a random serial + its check digit: only the structure can be wrong. */
    static String checked(String first6) {
        while (true) {
            String complete = CheckDigit.complete(first6 + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000)));
            if (complete != null) {
                return complete;
            }
        }
    }

    private static String ngo(String bin, String registered, String parent, String leaderIin) {
        return """
                {"bin": "%s", "names": {"ru": "Фонд «Идентификатор»"}, "legalForm": "PUBLIC_FOUNDATION", "regionCode": "KZ-75",
                 "registrationDate": "%s", "parentNgoId": %s, "leader": {"fullName": "Айгуль Нурланова", "iin": "%s"}}
                """.formatted(bin, registered, parent == null ? "null" : "\"" + parent + "\"", leaderIin);
    }

    /** A citizen applying for registration (any authenticated caller may). */
    private static String applicant() {
        return Jwt.subject("citizen-" + UUID.randomUUID()).audience("civic-api").sign();
    }

    private long ngosWithBin(String bin) throws Exception {
        return RegistryTestSupport.count(dataSource, "SELECT count(*) FROM ngo WHERE bin = ?", bin);
    }

    @Test
    void impossibleBinStructureIs400OnRegistrationAndNothingIsStored() throws Exception {
        String[][] cases = { { checked("051340"), "month 13 in positions 3–4 is impossible" },
                { checked("050170"), "entity type 7 in position 5 is impossible" },
                { checked("050144"), "attribute 4 in position 6 is impossible" } };
        for (String[] c : cases) {
            given().auth().oauth2(registrar).contentType("application/json").header("Accept-Language", "en")
                    .body(ngo(c[0], "2005-07-01", null, TestBins.randomIin())).post("/api/v1/ngos")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo("bin")).body("errors[0].message", startsWith(c[1]));
            assertEquals(0, ngosWithBin(c[0]), c[0]);
        }
    }

    @Test
    void impossibleIinIs400AndNothingIsStored() throws Exception {
        String bin = TestBins.random();
        String[][] cases = { { checkedIin("9002303"), "date of birth 1990-02-30 in positions 1–6 does not exist" },
                { checkedIin("8801157"), "century and sex digit 7 in position 7 is impossible" },
                { checkedIin("8813013"), "month 13 of the date of birth" } };
        for (String[] c : cases) {
            given().auth().oauth2(registrar).contentType("application/json")
                    .body(ngo(bin, "2005-07-01", null, c[0])).post("/api/v1/ngos")
                    .then().statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo("leader.iin")).body("errors[0].message", startsWith(c[1]));
        }
        assertEquals(0, ngosWithBin(bin));
    }

    private static String bin(YearMonth registered, Bin.Attribute attribute) {
        while (true) {
            String bin = Bin.of(registered, 4, attribute, ThreadLocalRandom.current().nextInt(100_000));
            if (bin != null) {
                return bin;
            }
        }
    }

    private static String checkedIin(String first7) {
        while (true) {
            String complete = CheckDigit.complete(first7 + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)));
            if (complete != null) {
                return complete;
            }
        }
    }

    @Test
    void lookupByImpossibleBinIs400NamingTheParameterNot404() {
        for (String bin : new String[] { checked("941340"), checked("940170"), checked("940144") }) {
            given().get("/api/v1/ngos/by-bin/" + bin).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("bin"));
        }
        String wrongCheck = TestBins.random();
        wrongCheck = wrongCheck.substring(0, 11) + ((wrongCheck.charAt(11) - '0' + 1) % 10);
        given().get("/api/v1/ngos/by-bin/" + wrongCheck).then().statusCode(400).body("errors[0].field", equalTo("bin"))
                .body("errors[0].message", startsWith("check digit"));
        given().get("/api/v1/ngos/by-bin/" + TestBins.random()).then().statusCode(404);
    }

    @Test
    void governmentBodyAndApplicationRejectImpossibleBins() throws Exception {
        String bin = checked("991270");
        given().auth().oauth2(NgoResourceTest.token("admin")).contentType("application/json").body("""
                {"bin": "%s", "names": {"ru": "Министерство проверки"}, "level": "CENTRAL", "kind": "MINISTRY"}
                """.formatted(bin)).post("/api/v1/government-bodies")
                .then().statusCode(400).body("errors[0].field", equalTo("bin"));
        assertEquals(0, RegistryTestSupport.count(dataSource, "SELECT count(*) FROM government_body WHERE bin = ?", bin));
        String month13 = checked("051340");
        given().auth().oauth2(applicant()).contentType("application/json")
                .body(ngo(month13, "2005-07-01", null, TestBins.randomIin())).post("/api/v1/registration-applications")
                .then().statusCode(400).body("errors[0].field", equalTo("bin"));
        assertEquals(0, RegistryTestSupport.count(dataSource,
                "SELECT count(*) FROM registration_application WHERE bin = ?", month13));
    }

    @Test
    void binAssignedAfterTheRegistrationDateIs422() throws Exception {
        String august = TestBins.registeredOn(LocalDate.of(2005, 8, 1));
        given().auth().oauth2(registrar).contentType("application/json").header("Accept-Language", "en")
                .body(ngo(august, "2005-07-31", null, TestBins.randomIin())).post("/api/v1/ngos")
                .then().statusCode(422).body("type", equalTo("/problems/bin-after-registration"))
                .body("title", equalTo("BIN assigned after the registration date"))
                .body("errors[0].field", equalTo("bin"));
        assertEquals(0, ngosWithBin(august));
        // the same month is fine, and moving the registration date before it later is refused
        String id = given().auth().oauth2(registrar).contentType("application/json")
                .body(ngo(august, "2005-08-01", null, TestBins.randomIin())).post("/api/v1/ngos")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(registrar).header("If-Match", "\"0\"").contentType("application/json")
                .body(ngo(august, "2005-07-31", null, TestBins.randomIin())).put("/api/v1/ngos/" + id)
                .then().statusCode(422).body("type", equalTo("/problems/bin-after-registration"));
        assertEquals(1, RegistryTestSupport.count(dataSource,
                "SELECT count(*) FROM ngo WHERE id = ?::uuid AND registration_date = DATE '2005-08-01' AND version = 0", id));
    }

    @Test
    void applicationWithBinAssignedAfterThisMonthIs422() throws Exception {
        YearMonth next = YearMonth.from(RegionService.today()).plusMonths(1);
        String bin = TestBins.registeredOn(next.atDay(1));
        given().auth().oauth2(applicant()).contentType("application/json")
                .body(ngo(bin, "2005-07-01", null, TestBins.randomIin())).post("/api/v1/registration-applications")
                .then().statusCode(422).body("type", equalTo("/problems/bin-after-registration"));
        assertEquals(0, RegistryTestSupport.count(dataSource, "SELECT count(*) FROM registration_application WHERE bin = ?", bin));
    }

    @Test
    void branchRegisteredBeforeItsHeadIs422() throws Exception {
        String head = given().auth().oauth2(registrar).contentType("application/json")
                .body(ngo(TestBins.registeredOn(LocalDate.of(2010, 3, 1)), "2010-03-01", null, TestBins.randomIin()))
                .post("/api/v1/ngos").then().statusCode(201).extract().path("id");
        String early = bin(YearMonth.of(2009, 12), Bin.Attribute.BRANCH);
        given().auth().oauth2(registrar).contentType("application/json")
                .body(ngo(early, "2009-12-15", head, TestBins.randomIin())).post("/api/v1/ngos")
                .then().statusCode(422).body("type", equalTo("/problems/branch-before-head"))
                .body("title", equalTo("Филиал зарегистрирован раньше головной организации"))
                .body("errors[0].field", equalTo("registrationDate"));
        assertEquals(0, ngosWithBin(early));

        // a branch on the head's day is fine; the head then cannot move its registration date after it
        String branchBin = bin(YearMonth.of(2010, 3), Bin.Attribute.REPRESENTATIVE_OFFICE);
        given().auth().oauth2(registrar).contentType("application/json")
                .body(ngo(branchBin, "2010-03-01", head, TestBins.randomIin())).post("/api/v1/ngos")
                .then().statusCode(201);
        String headBin = given().get("/api/v1/ngos/" + head).then().statusCode(200).extract().path("bin");
        given().auth().oauth2(registrar).header("If-Match", "\"0\"").contentType("application/json")
                .body(ngo(headBin, "2010-03-02", null, TestBins.randomIin())).put("/api/v1/ngos/" + head)
                .then().statusCode(422).body("type", equalTo("/problems/branch-before-head"));
        assertEquals(1, RegistryTestSupport.count(dataSource,
                "SELECT count(*) FROM ngo WHERE id = ?::uuid AND registration_date = DATE '2010-03-01' AND version = 0", head));
    }
}
