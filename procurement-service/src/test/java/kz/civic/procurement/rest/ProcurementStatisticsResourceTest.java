package kz.civic.procurement.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.procurement.support.Procurement.changeCall;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.infra.testing.CsvAnswers;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.procurement.support.Funding;
import kz.civic.procurement.support.Procurement;
import kz.civic.procurement.support.RegistryEvents;
import kz.civic.procurement.support.RegistryEvents.Profile;
import kz.civic.procurement.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Known numbers, all of one customer (the filter customerId keeps other tests' data out): a 2026 central grant
 * plan with a call in KZ-75 awarding 5,000,000 and 3,000,000, an announced call without region nor awards and a
 * call still PLANNED (never counted); a 2025 regional social-order plan whose call (two spheres) awards 100,000 to
 * each of ten more NGOs. Twelve NGOs get 9,000,000; the ten largest 8,800,000 (97.78%).
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementStatisticsResourceTest {

    private static final String EDUCATION = "EDUCATION_SCIENCE_INFORMATION_SPORTS";
    private static final String VULNERABLE = "SUPPORT_FOR_VULNERABLE_GROUPS";
    private static UUID customer;

    @BeforeEach
    void scenario() {
        if (customer != null) {
            return;
        }
        UUID body = RegistryEvents.governmentBody("CENTRAL");
        Map<String, Object> grants = Procurement.planBody("STATE_GRANT", "100000000.00");
        grants.put("customerId", body.toString());
        String grantPlan = Procurement.approvedPlan(grants);
        String g1 = Procurement.post("/api/v1/calls", Procurement.grantCallBody(grantPlan, "20000000.00")).then()
                .statusCode(201).extract().path("id");
        changeCall(g1, "ANNOUNCED").then().statusCode(200);
        changeCall(g1, "OPEN").then().statusCode(200);
        UUID ngo1 = Funding.eligibleNgo(Profile.active(), "100140000003");
        String a1 = Funding.apply(g1, ngo1, "5000000.00");
        String a2 = Funding.apply(g1, Funding.eligibleNgo(Profile.active(), "100140000013"), "3000000.00");
        changeCall(g1, "UNDER_REVIEW").then().statusCode(200);
        String award = Funding.awarded(g1, a1, "5000000.00");
        completedWithAFinalReport(award, ngo1);
        Funding.awarded(g1, a2, "3000000.00");
        Map<String, Object> national = Procurement.grantCallBody(grantPlan, "5000000.00");
        national.remove("regionCode");
        String g2 = Procurement.post("/api/v1/calls", national).then().statusCode(201).extract().path("id");
        changeCall(g2, "ANNOUNCED").then().statusCode(200);
        Procurement.post("/api/v1/calls", Procurement.grantCallBody(grantPlan, "3000000.00")).then().statusCode(201);

        Map<String, Object> orders = Procurement.planBody("STATE_SOCIAL_ORDER", "10000000.00");
        orders.put("customerId", body.toString());
        orders.put("year", 2025);
        orders.put("level", "REGIONAL");
        orders.put("regionCode", "KZ-75");
        Map<String, Object> call = Procurement.grantCallBody(Procurement.approvedPlan(orders), "3000000.00");
        call.remove("grantBand");
        call.remove("durationMonths");
        call.put("spheres", List.of(VULNERABLE, EDUCATION));
        String s1 = Procurement.post("/api/v1/calls", call).then().statusCode(201).extract().path("id");
        changeCall(s1, "ANNOUNCED").then().statusCode(200);
        changeCall(s1, "OPEN").then().statusCode(200);
        List<String> applications = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            applications.add(Funding.apply(s1, Funding.eligibleNgo(Profile.active(), "20000000000" + i), "100000.00"));
        }
        changeCall(s1, "UNDER_REVIEW").then().statusCode(200);
        applications.forEach(a -> Funding.awarded(s1, a, "100000.00"));
        customer = body;
    }

    /** A contract of the award in one tranche, paid, and its final report approved. */
    private static void completedWithAFinalReport(String award, UUID ngo) {
        String contract = Procurement.post("/api/v1/contracts", Map.of("awardId", award,
                "amount", Map.of("amount", "5000000.00", "currency", "KZT"), "periodStart", "2026-01-01",
                "periodEnd", "2026-12-31", "tranches", List.of(Map.of("sequence", 1,
                        "amount", Map.of("amount", "5000000.00", "currency", "KZT"), "plannedOn", "2026-01-15"))))
                .then().statusCode(201).extract().path("id");
        String etag = given().get("/api/v1/contracts/" + contract).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.officer()).header("If-Match", etag)
                .post("/api/v1/contracts/" + contract + "/tranches/1/payment").then().statusCode(200);
        String report = given().auth().oauth2(Tokens.ngo(ngo)).contentType("application/json").body(Map.of("kind", "FINAL",
                "narrative", "Итоговый отчёт", "indicators", List.of(Map.of("name", "Участники", "unit", "persons",
                        "target", 100, "achieved", 120))))
                .post("/api/v1/contracts/" + contract + "/reports").then().statusCode(201).extract().path("id");
        String reportEtag = given().get("/api/v1/contracts/" + contract + "/reports/" + report).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(Tokens.officer()).header("If-Match", reportEtag).contentType("application/json")
                .body(Map.of("to", "APPROVED")).post("/api/v1/contracts/" + contract + "/reports/" + report + "/status-changes")
                .then().statusCode(200);
    }

    private static ValidatableResponse stats(String by) {
        return given().auth().oauth2(Tokens.of("analyst")).queryParam("by", by).queryParam("customerId", customer.toString())
                .get("/api/v1/procurement/statistics").then().statusCode(200).contentType("application/json");
    }

    @Test
    void totalsCountFundingNgosConcentrationAndCallsWithAwards() {
        stats("instrument").body("by", equalTo("instrument"))
                .body("totals.awards", equalTo(12)).body("totals.awardedKzt", equalTo(9000000.0f))
                .body(containsString("\"awardedKzt\":9000000.00,")) // two decimals, as every amount of tenge
                .body("totals.ngosFunded", equalTo(12)).body("totals.top10SharePercent", equalTo(97.78f))
                .body("totals", not(hasKey("sharePercent"))).body("totals", not(hasKey("key")))
                .body("totals.calls", equalTo(3))
                .body("totals.callsWithAwards", equalTo(2)).body("totals.callsWithAwardsPercent", equalTo(66.67f))
                .body("totals.callsWithReports", equalTo(1)).body("totals.callsWithReportsPercent", equalTo(33.33f));
    }

    @Test
    void fundingByInstrumentLevelYearAndCustomer() {
        stats("instrument").body("groups.key", contains("STATE_GRANT", "STATE_SOCIAL_ORDER"))
                .body("groups.awards", contains(2, 10)).body("groups.awardedKzt", contains(8000000.0f, 1000000.0f))
                .body("groups.ngosFunded", contains(2, 10)).body("groups.top10SharePercent", contains(100.0f, 100.0f))
                .body("groups.sharePercent", contains(88.89f, 11.11f)).body("groups.calls", contains(2, 1))
                .body("groups.callsWithAwards", contains(1, 1)).body("groups.callsWithAwardsPercent", contains(50.0f, 100.0f))
                .body("groups.callsWithReports", contains(1, 0)).body("groups.callsWithReportsPercent", contains(50.0f, 0.0f));
        stats("level").body("groups.key", contains("CENTRAL", "REGIONAL"))
                .body("groups.awardedKzt", contains(8000000.0f, 1000000.0f));
        stats("year").body("groups.key", contains("2025", "2026")).body("groups.awardedKzt", contains(1000000.0f, 8000000.0f));
        stats("customer").body("groups.key", contains(customer.toString())).body("groups[0].label", equalTo("Министерство"))
                .body("groups[0].awards", equalTo(12)).body("groups[0].top10SharePercent", equalTo(97.78f));
        stats("instrument").body("groups[0].label", nullValue());
        given().auth().oauth2(Tokens.officer()).queryParam("by", "level").queryParam("customerId", customer.toString())
                .queryParam("year", 2025).get("/api/v1/procurement/statistics").then().statusCode(200)
                .body("groups.key", contains("REGIONAL")).body("totals.awardedKzt", equalTo(1000000.0f));
        given().auth().oauth2(Tokens.of("admin")).queryParam("by", "year").queryParam("customerId", customer.toString())
                .queryParam("instrument", "STATE_GRANT").get("/api/v1/procurement/statistics").then().statusCode(200)
                .body("groups.key", contains("2026")).body("totals.calls", equalTo(2));
    }

    @Test
    void fundingByRegionAndSphere() {
        stats("region").body("groups.key", contains("KZ-75", "NONE")).body("groups.awards", contains(12, 0))
                .body("groups.awardedKzt", contains(9000000.0f, 0.0f))
                .body(containsString("\"awardedKzt\":0.00,")) // a group without awards: 0.00, not 0
                .body("groups.calls", contains(2, 1))
                .body("groups.callsWithAwards", contains(2, 0)).body("groups.callsWithAwardsPercent", contains(100.0f, 0.0f));
        stats("sphere").body("groups.key", contains(VULNERABLE, EDUCATION)).body("groups.awards", contains(12, 10))
                .body("groups.awardedKzt", contains(9000000.0f, 1000000.0f)).body("groups.sharePercent", contains(100.0f, 11.11f))
                .body("groups.calls", contains(3, 1)).body("totals.awardedKzt", equalTo(9000000.0f));
    }

    @Test
    void csvHasOneLinePerGroup() {
        String csv = given().auth().oauth2(Tokens.of("analyst")).accept("text/csv").queryParam("by", "instrument")
                .queryParam("customerId", customer.toString()).get("/api/v1/procurement/statistics").then().statusCode(200)
                .header("Content-Type", "text/csv; charset=UTF-8; header=present").extract().asString();
        assertEquals(List.of("key,label,awards,awardedKzt,ngosFunded,top10SharePercent,sharePercent,calls,"
                + "callsWithAwards,callsWithAwardsPercent,callsWithReports,callsWithReportsPercent",
                "STATE_GRANT,,2,8000000.00,2,100.00,88.89,2,1,50.00,1,50.00",
                "STATE_SOCIAL_ORDER,,10,1000000.00,10,100.00,11.11,1,1,100.00,0,0.00"), List.of(csv.split("\r\n")));
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void theCsvRowsAreTheJsonGroupsOfEveryDimension() {
        for (String by : List.of("instrument", "level", "region", "sphere", "year", "customer")) {
            String json = given().auth().oauth2(Tokens.of("analyst")).queryParam("by", by)
                    .queryParam("customerId", customer.toString()).get("/api/v1/procurement/statistics").then()
                    .statusCode(200).extract().asString();
            String csv = given().auth().oauth2(Tokens.of("analyst")).accept("text/csv").queryParam("by", by)
                    .queryParam("customerId", customer.toString()).get("/api/v1/procurement/statistics").then()
                    .statusCode(200).extract().asString();
            CsvAnswers.assertRowsAreTheGroups("/api/v1/procurement/statistics", json, csv);
        }
    }

    @Test
    void onlyAnalystsAndStaffReadStatisticsAndBadParametersAre400() {
        given().queryParam("by", "year").get("/api/v1/procurement/statistics").then().statusCode(401);
        given().auth().oauth2(Tokens.of("ngo")).queryParam("by", "year").get("/api/v1/procurement/statistics").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of("commission-member")).queryParam("by", "year").get("/api/v1/procurement/statistics")
                .then().statusCode(403);
        Map<Map<String, String>, String> bad = Map.of(Map.of(), "by", Map.of("by", "colour"), "by", Map.of("by", "total"),
                "by", Map.of("by", "year", "year", "last"), "year", Map.of("by", "year", "instrument", "LOAN"), "instrument",
                Map.of("by", "year", "level", "NOPE"), "level", Map.of("by", "year", "customerId", "x"), "customerId");
        bad.forEach((query, parameter) -> given().auth().oauth2(Tokens.of("analyst")).queryParams(query)
                .get("/api/v1/procurement/statistics").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo(parameter)));
    }
}
