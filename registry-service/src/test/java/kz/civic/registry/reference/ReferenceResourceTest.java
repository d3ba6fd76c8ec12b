package kz.civic.registry.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class ReferenceResourceTest {

    static final String[] CURRENT_CODES = { "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33",
        "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79" };

    @Test
    void listsTheTwentyCurrentRegionsAndCitiesWithCacheHeader() {
        given().get("/api/v1/reference/regions")
                .then().statusCode(200).header("Cache-Control", "public, max-age=3600")
                .body("items", hasSize(20))
                .body("items.code", contains(CURRENT_CODES))
                .body("items.findAll { it.kind == 'CITY' }.code", containsInAnyOrder("KZ-71", "KZ-75", "KZ-79"))
                .body("items.findAll { it.kind == 'REGION' }", hasSize(17))
                .body("items.find { it.code == 'KZ-75' }.names.en", equalTo("Almaty"))
                .body("items.find { it.code == 'KZ-71' }.names.kk", equalTo("Астана қаласы"))
                .body("items.find { it.code == 'KZ-71' }.aliases", hasItem("Nur-Sultan"))
                .body("items.find { it.code == 'KZ-33' }.aliases", hasItems("Zhetysu", "Zhetysay"))
                .body("items.find { it.code == 'KZ-75' }.validTo", nullValue());
    }

    @Test
    void regionsCreatedIn2022AreAbsentBeforeAndPresentToday() {
        given().queryParam("at", "2021-01-01").get("/api/v1/reference/regions")
                .then().statusCode(200)
                .body("items.code", not(hasItem("KZ-10"))).body("items.code", not(hasItem("KZ-33")))
                .body("items.code", not(hasItem("KZ-62")))
                .body("items.code", hasItems("KZ-61", "KZ-63", "KZ-79"))
                .body("items", hasSize(17));
        given().get("/api/v1/reference/regions").then().statusCode(200)
                .body("items.code", hasItems("KZ-10", "KZ-33", "KZ-62"));
        given().queryParam("at", "2022-06-08").get("/api/v1/reference/regions").then().statusCode(200)
                .body("items.code", hasItems("KZ-10", "KZ-33", "KZ-62"));
        given().get("/api/v1/reference/regions/KZ-62").then().statusCode(200)
                .body("validFrom", equalTo("2022-06-08")).body("kind", equalTo("REGION"))
                .body("names.ru", equalTo("область Ұлытау"));
    }

    @Test
    void southKazakhstanIsHistoricalAndTurkistansPredecessor() {
        given().get("/api/v1/reference/regions").then().statusCode(200).body("items.code", not(hasItem("KZ-YUZ")));
        given().queryParam("includeHistorical", true).get("/api/v1/reference/regions")
                .then().statusCode(200).body("items", hasSize(21)).body("items.code", hasItem("KZ-YUZ"));
        given().queryParam("at", "2017-01-01").get("/api/v1/reference/regions")
                .then().statusCode(200).body("items.code", hasItem("KZ-YUZ"))
                .body("items.code", not(hasItem("KZ-61"))).body("items.code", not(hasItem("KZ-79")));
        given().get("/api/v1/reference/regions/KZ-61").then().statusCode(200)
                .body("predecessorCode", equalTo("KZ-YUZ")).body("names.en", equalTo("Turkistan Region"));
        given().get("/api/v1/reference/regions/KZ-YUZ").then().statusCode(200)
                .body("validTo", equalTo("2018-06-18")).body("names.ru", equalTo("Южно-Казахстанская область"));
    }

    @Test
    void unknownRegionIs404Problem() {
        given().get("/api/v1/reference/regions/KZ-99")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void malformedDateIs400WithField() {
        given().queryParam("at", "yesterday").get("/api/v1/reference/regions")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("at"));
        given().queryParam("at", "2021-02-30").get("/api/v1/reference/regions")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("at"));
    }

    @Test
    void listsSpheresInOrderWithKazakhAndRussianNames() {
        given().get("/api/v1/reference/spheres")
                .then().statusCode(200).header("Cache-Control", "public, max-age=3600")
                .body("items.code", hasItems("SUPPORT_FOR_VULNERABLE_GROUPS", "PROTECTION_OF_RIGHTS",
                        "ENVIRONMENTAL_PROTECTION", "OTHER"))
                .body("items[0].code", equalTo("SUPPORT_FOR_VULNERABLE_GROUPS"))
                .body("items[-1].code", equalTo("OTHER"))
                .body("items.findAll { it.names.kk == null || it.names.ru == null }", hasSize(0));
    }

    @Test
    void listsLegalFormsWithEligibility() {
        given().get("/api/v1/reference/legal-forms")
                .then().statusCode(200).header("Cache-Control", "public, max-age=3600")
                .body("items.find { it.code == 'TRADE_UNION' }.eligibleForStateNgoFunding", equalTo(false))
                .body("items.find { it.code == 'PUBLIC_FOUNDATION' }.eligibleForStateNgoFunding", equalTo(true))
                .body("items.find { it.code == 'PUBLIC_FOUNDATION' }.names.ru", equalTo("Общественный фонд"));
    }

    @Test
    void operationsAreDocumentedWithSecurityOnWritesOnly() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/reference/regions'.get.summary", equalTo("List regions"))
                .body("paths.'/api/v1/reference/regions'.get.tags", hasItem("Reference data"))
                .body("paths.'/api/v1/reference/legal-forms'.get.summary", notNullValue())
                .body("paths.'/api/v1/government-bodies'.post.security[0].bearer", notNullValue())
                .body("paths.'/api/v1/government-bodies/{id}'.put.security[0].bearer", notNullValue())
                .body("paths.'/api/v1/government-bodies/{id}'.get.security[0]", anEmptyMap())
                .body("paths.'/api/v1/government-bodies/{id}'.put.security", hasSize(1))
                .body("paths.'/api/v1/government-bodies'.get.tags", hasItem("Government bodies"));
    }
}
