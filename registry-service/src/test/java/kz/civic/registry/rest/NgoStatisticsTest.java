package kz.civic.registry.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.civic.infra.testing.CsvAnswers;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class NgoStatisticsTest {

    /** The NGOs this test creates, all registered in the 1960s, which no other test uses: legacy records without a BIN. */
    private record Made(String region, String legalForm, String date) {
    }

    private static final List<Made> MADE = List.of(
            new Made("KZ-75", "PUBLIC_FOUNDATION", "1961-03-01"), new Made("KZ-75", "PUBLIC_ASSOCIATION", "1961-07-01"),
            new Made("KZ-71", "PUBLIC_FOUNDATION", "1962-01-15"), new Made("KZ-79", "TRADE_UNION", "1962-02-01"),
            new Made("KZ-75", "PUBLIC_FOUNDATION", "1962-05-05"), new Made("KZ-35", "PUBLIC_FOUNDATION", "1963-09-09"));
    private static boolean created;

    private final String analyst = NgoResourceTest.token("analyst");

    private void createOnce() {
        if (created) {
            return;
        }
        for (Made m : MADE) {
            given().auth().oauth2(NgoResourceTest.token("registrar")).contentType("application/json").body("""
                    {"legacy": true, "names": {"ru": "Статистика"}, "legalForm": "%s", "regionCode": "%s", "registrationDate": "%s"}
                    """.formatted(m.legalForm(), m.region(), m.date())).post("/api/v1/ngos")
                    .then().statusCode(201);
        }
        created = true;
    }

    @Test
    void countsByRegionMatchWhatWasRegistered() {
        createOnce();
        Map<String, Long> expected = MADE.stream().collect(Collectors.groupingBy(Made::region, TreeMap::new, Collectors.counting()));
        List<Map<String, Object>> groups = given().auth().oauth2(analyst)
                .get("/api/v1/ngos/statistics?by=region&registeredFrom=1960-01-01&registeredTo=1969-12-31")
                .then().statusCode(200).body("totals.count", equalTo(MADE.size())).body("by", equalTo("region"))
                .extract().path("groups");
        Map<String, Long> actual = new TreeMap<>();
        groups.forEach(g -> actual.put((String) g.get("key"), ((Number) g.get("count")).longValue()));
        assertEquals(expected, actual);
        given().auth().oauth2(analyst)
                .get("/api/v1/ngos/statistics?by=legalForm&registeredFrom=1960-01-01&registeredTo=1969-12-31&region=KZ-75")
                .then().statusCode(200).body("totals.count", equalTo(3))
                .body("groups.find { it.key == 'PUBLIC_FOUNDATION' }.count", equalTo(2))
                .body("groups.find { it.key == 'PUBLIC_FOUNDATION' }.sharePercent", equalTo(66.7f));
    }

    @Test
    void registrationYearsCarryCumulativeTotalsAndGrowth() {
        createOnce();
        given().auth().oauth2(analyst)
                .get("/api/v1/ngos/statistics?by=registrationYear&registeredFrom=1960-01-01&registeredTo=1969-12-31")
                .then().statusCode(200)
                .body("groups.key", equalTo(List.of("1961", "1962", "1963")))
                .body("groups.count", equalTo(List.of(2, 3, 1)))
                .body("groups.cumulative", equalTo(List.of(2, 5, 6)))
                .body("groups[0].growthPercent", nullValue())
                .body("groups[1].growthPercent", equalTo(150.0f))
                .body("groups[2].growthPercent", equalTo(20.0f));
    }

    @Test
    void csvForSpreadsheets() {
        createOnce();
        Response csv = given().auth().oauth2(analyst).accept("text/csv")
                .get("/api/v1/ngos/statistics?by=status&registeredFrom=1960-01-01&registeredTo=1969-12-31");
        csv.then().statusCode(200);
        assertEquals("text/csv; charset=UTF-8; header=present", csv.header("Content-Type"));
        assertEquals("key,count,sharePercent,cumulative,growthPercent\r\nREGISTERED,6,100.0,,\r\n", csv.asString());
    }

    @Test
    void theCsvRowsAreTheJsonGroupsOfEveryDimension() {
        createOnce();
        for (String by : List.of("region", "sphere", "legalForm", "status", "registrationYear")) {
            String query = "/api/v1/ngos/statistics?by=" + by + "&registeredFrom=1960-01-01&registeredTo=1969-12-31";
            String json = given().auth().oauth2(analyst).accept("application/json").get(query).then().statusCode(200)
                    .extract().asString();
            String csv = given().auth().oauth2(analyst).accept("text/csv").get(query).then().statusCode(200)
                    .extract().asString();
            CsvAnswers.assertRowsAreTheGroups("/api/v1/ngos/statistics", json, csv);
        }
    }

    @Test
    void jsonIsPreferredWhenBothAreAcceptable() {
        createOnce();
        given().auth().oauth2(analyst).accept("text/csv, application/json")
                .get("/api/v1/ngos/statistics?by=status&registeredFrom=1960-01-01&registeredTo=1969-12-31")
                .then().statusCode(200).contentType("application/json").body("totals.count", equalTo(MADE.size()));
    }

    @Test
    void onlyAnalystsAndTheRegistryAndValidDimensions() {
        given().get("/api/v1/ngos/statistics?by=region").then().statusCode(401);
        given().auth().oauth2(NgoResourceTest.token("ngo")).get("/api/v1/ngos/statistics?by=region").then().statusCode(403);
        given().auth().oauth2(analyst).get("/api/v1/ngos/statistics?by=colour").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("by"));
        given().auth().oauth2(analyst).get("/api/v1/ngos/statistics").then().statusCode(400);
    }
}
