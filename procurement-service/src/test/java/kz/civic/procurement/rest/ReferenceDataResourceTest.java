package kz.civic.procurement.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.civic.infra.testing.InfraTestResource;
import java.util.List;
import kz.civic.procurement.support.Pagination;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ReferenceDataResourceTest {

    @Test
    void mciRatesAreListedPerYearWithTheirSource() {
        given().get("/api/v1/procurement/mci-rates").then().statusCode(200)
                .body("items.year", contains(2023, 2024, 2025, 2026))
                .body("items[1].value.amount", equalTo(3692.0f)).body("items[1].value.currency", equalTo("KZT"))
                .body("items[3].value.amount", equalTo(4325.0f)).body("items[3].source", containsString("assumption"));
    }

    @Test
    void grantBandsFollowTheIssue() {
        given().get("/api/v1/procurement/grant-bands").then().statusCode(200)
                .body("items.code", contains("SHORT_TERM", "MEDIUM_TERM", "LONG_TERM"))
                .body("items.minMonths", contains(3, 12, 24)).body("items.maxMonths", contains(12, 24, 36))
                .body("items.minMci", contains(500, 3000, 10000))
                .body("items[0].maxMci", equalTo(3000)).body("items[1].maxMci", equalTo(10000))
                .body("items[2].maxMci", nullValue()).body("items[0].institutionalShareMax", equalTo(0.1f));
    }

    @Test
    void eligibleLegalFormsExcludePartiesUnionsReligiousAndForeign() {
        given().get("/api/v1/procurement/eligible-legal-forms").then().statusCode(200)
                .body("items", hasItem("PUBLIC_FOUNDATION")).body("items", not(hasItem("POLITICAL_PARTY")))
                .body("items", not(hasItem("TRADE_UNION"))).body("items", not(hasItem("RELIGIOUS_ASSOCIATION")))
                .body("items", not(hasItem("FOREIGN_NPO_BRANCH")));
    }

    @Test
    void referenceListsArePaginated() {
        assertEquals(List.of(2023, 2024, 2025, 2026), Pagination.walk("/api/v1/procurement/mci-rates", null, 3, "year"));
        assertEquals(List.of("SHORT_TERM", "MEDIUM_TERM", "LONG_TERM"),
                Pagination.walk("/api/v1/procurement/grant-bands", null, 2, "code"));
        List<Object> forms = given().get("/api/v1/procurement/eligible-legal-forms").then().statusCode(200)
                .body("nextCursor", nullValue()).extract().jsonPath().getList("items");
        assertEquals(forms, Pagination.walk("/api/v1/procurement/eligible-legal-forms", null, 2, null));
        assertEquals(forms.stream().sorted().toList(), forms);
        given().queryParam("cursor", "x").get("/api/v1/procurement/mci-rates").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-cursor"));
        given().queryParam("limit", 201).get("/api/v1/procurement/grant-bands").then().statusCode(400);
    }
}
