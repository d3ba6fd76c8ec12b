package kz.civic.registry.report;

import static io.restassured.RestAssured.given;
import static kz.civic.registry.RegistryTestSupport.ngoToken;
import static kz.civic.registry.RegistryTestSupport.registerNgo;
import static kz.civic.registry.RegistryTestSupport.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import kz.civic.infra.testing.CsvAnswers;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.registry.RegistryTestSupport;
import kz.civic.registry.reference.service.RegionService;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class NgoReportTest {

    static final int LAST_YEAR = RegionService.today().getYear() - 1;

    @Inject
    DataSource dataSource;

    static String content(long grants) {
        return """
                {"foundersCount": 3, "membersCount": 40,
                 "funds": {"stateSocialOrder": 1500000, "grants": %d, "foreign": 0, "business": 250000.50,
                           "donations": 10000, "other": 0},
                 "spendingDirections": [{"direction": "social projects", "amount": 1200000}],
                 "propertyValue": 800000, "propertyDescription": "office equipment", "staffCount": 4,
                 "volunteersCount": 25}
                """.formatted(grants);
    }

    static String filing(int year, String receivedOn, long grants) {
        return "{\"year\": " + year + ", \"receivedOn\": " + (receivedOn == null ? "null" : "\"" + receivedOn + "\"")
                + ", \"content\": " + content(grants) + "}";
    }

    private static ValidatableResponse file(String token, String ngoId, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/ngos/" + ngoId + "/reports").then();
    }

    private long reports(String ngoId) throws Exception {
        return RegistryTestSupport.count(dataSource, "SELECT count(*) FROM ngo_report WHERE ngo_id = ?", UUID.fromString(ngoId));
    }

    @Test
    void ngoFilesItsOwnReportLateAndTheComplianceAndEventFollow() throws Exception {
        String id = registerNgo("2015-02-01");
        int year = LAST_YEAR - 1;
        file(ngoToken(id), id, filing(year, null, 300000)).statusCode(201)
                .header("Location", endsWith("/api/v1/ngos/" + id + "/reports/" + year))
                .header("ETag", "\"1\"")
                .body("onTime", equalTo(false)).body("deadline", equalTo((year + 1) + "-03-31"))
                .body("revision", equalTo(1)).body("content.funds.grants", equalTo(300000));
        given().get("/api/v1/ngos/" + id).then().statusCode(200)
                .body("compliance.inNgoDatabase", equalTo(true)).body("compliance.lastReportYear", equalTo(year))
                .body("compliance.lastReportOnTime", equalTo(false)).body("compliance.hasCurrentReport", equalTo(false));
        JsonNode event = RegistryTestSupport.events(RegistryTestSupport.NGOS_TOPIC, id,
                "kz.civic.registry.ngo.report-filed.v1", 1).get(0);
        RegistryTestSupport.assertMatchesContract(event);
        assertEquals(year, event.at("/data/year").asInt());
        assertEquals(1, event.at("/data/version").asInt());
        assertEquals(false, event.at("/data/onTime").asBoolean());
        given().get("/api/v1/ngos/" + id + "/reports").then().statusCode(200)
                .body("items.year", contains(year)).body("items[0].content", nullValue());
    }

    @Test
    void paperReportReceivedByTheDeadlineIsOnTimeAndCurrent() {
        String id = registerNgo("2015-02-01");
        String before = given().get("/api/v1/ngos/" + id).then().extract().header("ETag");
        file(token("registrar"), id, filing(LAST_YEAR, LAST_YEAR + 1 + "-03-31", 0)).statusCode(201)
                .body("onTime", equalTo(true));
        given().get("/api/v1/ngos/" + id).then().header("ETag", not(equalTo(before)))
                .body("compliance.hasCurrentReport", equalTo(true)).body("compliance.lastReportOnTime", equalTo(true));
        given().queryParam("hasCurrentReport", "true").queryParam("limit", 200).queryParam("registeredFrom", "2015-02-01")
                .queryParam("registeredTo", "2015-02-01").get("/api/v1/ngos").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().queryParam("hasCurrentReport", "false").queryParam("limit", 200).queryParam("registeredFrom", "2015-02-01")
                .queryParam("registeredTo", "2015-02-01").get("/api/v1/ngos").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().queryParam("hasCurrentReport", "yes").get("/api/v1/ngos").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void secondFilingForAYearIs409AndAmendmentsKeepRevisions() throws Exception {
        String id = registerNgo("2015-02-01");
        String rep = ngoToken(id);
        file(rep, id, filing(LAST_YEAR, null, 1)).statusCode(201);
        file(rep, id, filing(LAST_YEAR, null, 2)).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/report-exists")).body("revision", equalTo(1));
        assertEquals(1, reports(id));
        String path = "/api/v1/ngos/" + id + "/reports/" + LAST_YEAR;
        String amend = "{\"content\": " + content(2) + "}";
        given().auth().oauth2(rep).contentType("application/json").body(amend).put(path).then().statusCode(428);
        given().auth().oauth2(rep).header("If-Match", "\"7\"").contentType("application/json").body(amend).put(path)
                .then().statusCode(412);
        given().auth().oauth2(rep).header("If-Match", "\"1\"").contentType("application/json").body(amend).put(path)
                .then().statusCode(200).header("ETag", "\"2\"").body("revision", equalTo(2))
                .body("onTime", equalTo(false));
        given().get(path).then().statusCode(200).body("content.funds.grants", equalTo(2)).body("amendedAt", not(nullValue()));
        given().get(path + "/revisions").then().statusCode(200).body("items.revision", contains(1, 2))
                .body("items.content.funds.grants", contains(1, 2)).body("items[0].actor", nullValue());
        given().auth().oauth2(token("registrar")).get(path + "/revisions").then()
                .body("items[0].actor", equalTo("rep-" + id));
        assertEquals(2, RegistryTestSupport.events(RegistryTestSupport.NGOS_TOPIC, id,
                "kz.civic.registry.ngo.report-filed.v1", 2).get(1).at("/data/revision").asInt());
    }

    @Test
    void reportsAndRevisionsAreCursorPaginated() {
        String id = registerNgo("2015-02-01");
        String rep = ngoToken(id);
        for (int year = LAST_YEAR - 2; year <= LAST_YEAR; year++) {
            file(rep, id, filing(year, null, year)).statusCode(201);
        }
        String reports = "/api/v1/ngos/" + id + "/reports";
        var first = given().queryParam("limit", 2).get(reports).then().statusCode(200)
                .body("items.year", contains(LAST_YEAR, LAST_YEAR - 1)).body("nextCursor", notNullValue())
                .header("Link", containsString("rel=\"next\"")).extract();
        given().queryParam("limit", 2).queryParam("cursor", first.path("nextCursor").toString()).get(reports).then()
                .statusCode(200).body("items.year", contains(LAST_YEAR - 2)).body("nextCursor", nullValue())
                .header("Link", nullValue());

        String path = reports + "/" + LAST_YEAR;
        for (int revision = 1; revision <= 2; revision++) {
            given().auth().oauth2(rep).header("If-Match", "\"" + revision + "\"").contentType("application/json")
                    .body("{\"content\": " + content(revision * 10) + "}").put(path).then().statusCode(200);
        }
        String cursor = given().queryParam("limit", 2).get(path + "/revisions").then().statusCode(200)
                .body("items.revision", contains(1, 2)).header("Link", containsString("rel=\"next\"")).extract()
                .path("nextCursor");
        given().queryParam("limit", 2).queryParam("cursor", cursor).get(path + "/revisions").then().statusCode(200)
                .body("items.revision", contains(3)).body("items[0].content.funds.grants", equalTo(20))
                .body("nextCursor", nullValue());

        given().queryParam("cursor", "not-a-cursor").get(reports).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/invalid-cursor"));
        given().queryParam("cursor", "not-a-cursor").get(path + "/revisions").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-cursor"));
        given().queryParam("limit", 0).get(reports).then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", 201).get(path + "/revisions").then().statusCode(400);
    }

    @Test
    void onlyTheNgoItselfAndTheRegistryFile() throws Exception {
        String id = registerNgo("2015-02-01");
        String other = registerNgo("2015-02-01");
        given().contentType("application/json").body(filing(LAST_YEAR, null, 0)).post("/api/v1/ngos/" + id + "/reports")
                .then().statusCode(401).contentType("application/problem+json");
        file(ngoToken(other), id, filing(LAST_YEAR, null, 0)).statusCode(403).contentType("application/problem+json");
        file(token("analyst"), id, filing(LAST_YEAR, null, 0)).statusCode(403);
        file(ngoToken(id), id, filing(LAST_YEAR, LAST_YEAR + 1 + "-01-10", 0)).statusCode(403);
        String path = "/api/v1/ngos/" + id + "/reports/" + LAST_YEAR;
        file(token("admin"), id, filing(LAST_YEAR, null, 0)).statusCode(201);
        given().auth().oauth2(ngoToken(other)).header("If-Match", "\"1\"").contentType("application/json")
                .body("{\"content\": " + content(5) + "}").put(path).then().statusCode(403);
        given().get(path).then().body("revision", equalTo(1));
        assertEquals(1, reports(id));
    }

    @Test
    void badFilingsAreRejectedAndWriteNothing() throws Exception {
        String id = registerNgo("2015-02-01");
        String rep = ngoToken(id);
        file(rep, id, filing(2014, null, 0)).statusCode(422).body("type", equalTo("/problems/invalid-report-year"));
        file(rep, id, filing(LAST_YEAR + 1, null, 0)).statusCode(422).body("type", equalTo("/problems/invalid-report-year"));
        file(token("registrar"), id, filing(LAST_YEAR, LocalDate.now().plusDays(3).toString(), 0)).statusCode(422)
                .body("type", equalTo("/problems/invalid-received-date"));
        file(rep, id, filing(LAST_YEAR, null, -5)).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("content.funds.grants"));
        file(rep, id, "{\"year\": " + LAST_YEAR + "}").statusCode(400).body("errors[0].field", equalTo("content"));
        file(rep, id, "{\"year\": ").statusCode(400).contentType("application/problem+json");
        file(rep, id, filing(LAST_YEAR, null, 0).replace("\"staffCount\": 4", "\"staffCount\": \"four\"")).statusCode(400);
        file(token("registrar"), UUID.randomUUID().toString(), filing(LAST_YEAR, null, 0)).statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/ngos/" + id + "/reports/" + LAST_YEAR).then().statusCode(404);
        assertEquals(0, reports(id));
        given().get("/api/v1/ngos/" + id).then().body("compliance.inNgoDatabase", equalTo(false))
                .body("compliance.lastReportYear", nullValue()).body("version", equalTo(0));
    }

    @Test
    void liquidatedNgoFilesNothing() throws Exception {
        String id = registerNgo("2015-02-01");
        for (String to : new String[] {"LIQUIDATING", "LIQUIDATED"}) {
            String etag = given().get("/api/v1/ngos/" + id).then().extract().header("ETag");
            given().auth().oauth2(token("registrar")).header("If-Match", etag).contentType("application/json")
                    .body("{\"to\":\"" + to + "\",\"reason\":\"court decision\"}")
                    .post("/api/v1/ngos/" + id + "/status-changes").then().statusCode(200);
        }
        file(token("registrar"), id, filing(LAST_YEAR, null, 0)).statusCode(422)
                .body("type", equalTo("/problems/ngo-liquidated"));
        assertEquals(0, reports(id));
    }

    @Test
    void complianceStatisticsCountObligedFiledAndOnTimeByRegion() {
        int year = 2019;
        String analyst = token("analyst");
        ValidatableResponse before = given().auth().oauth2(analyst).queryParam("year", year).queryParam("region", "KZ-75")
                .get("/api/v1/ngos/statistics/reporting").then().statusCode(200);
        int obliged = before.extract().path("totals.obliged");
        int filed = before.extract().path("totals.filed");
        int onTime = before.extract().path("totals.filedOnTime");
        String early = registerNgo("2018-05-01");
        String late = registerNgo("2019-12-31");
        registerNgo("2019-06-01");
        registerNgo("2020-01-01");
        file(token("registrar"), early, filing(year, "2020-03-31", 0)).statusCode(201);
        file(token("registrar"), late, filing(year, "2020-04-01", 0)).statusCode(201);
        given().auth().oauth2(analyst).queryParam("year", year).queryParam("region", "KZ-75")
                .get("/api/v1/ngos/statistics/reporting").then().statusCode(200)
                .body("year", equalTo(year)).body("deadline", equalTo("2020-03-31"))
                .body("totals.obliged", equalTo(obliged + 3)).body("totals.filed", equalTo(filed + 2))
                .body("totals.filedOnTime", equalTo(onTime + 1)).body("groups.regionCode", contains("KZ-75"))
                .body("groups[0].obliged", equalTo(obliged + 3)).body("$", not(hasKey("total")));
        String csv = given().auth().oauth2(analyst).accept("text/csv").queryParam("year", year)
                .get("/api/v1/ngos/statistics/reporting").then().statusCode(200)
                .header("Content-Type", "text/csv; charset=UTF-8; header=present").extract().asString();
        assertTrue(csv.startsWith("regionCode,obliged,filed,filedOnTime,filedPercent,filedOnTimePercent\r\n"), csv);
        assertFalse(csv.contains("TOTAL"), "no totals row: " + csv);
        String json = given().auth().oauth2(analyst).queryParam("year", year).get("/api/v1/ngos/statistics/reporting")
                .then().statusCode(200).extract().asString();
        CsvAnswers.assertRowsAreTheGroups("/api/v1/ngos/statistics/reporting", json, csv);
        given().get("/api/v1/ngos/statistics/reporting").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token("ngo")).get("/api/v1/ngos/statistics/reporting").then().statusCode(403);
        given().auth().oauth2(analyst).queryParam("year", "last").get("/api/v1/ngos/statistics/reporting").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
