package kz.civic.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.platform.web.Csv;
import org.junit.jupiter.api.Test;

/** A CSV answer says exactly {@code text/csv; charset=UTF-8; header=present}, never the server-side quality. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class CsvAnswerTest {

    @Test
    void csvOkAnswersTheExactContentTypeAndTheGroupsAsRows() {
        Response csv = given().accept("text/csv").get("/widgets/statistics");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv; charset=UTF-8; header=present", csv.header("Content-Type"));
        assertEquals(Csv.CONTENT_TYPE, csv.header("Content-Type"));
        assertEquals("key,name.kk,name.ru,name.en,count\r\nA,a,\"а, б\",,2\r\n'=B,,,,1\r\n", csv.asString());
    }

    @Test
    void aBareStringProducedAsCsvGetsTheExactContentTypeToo() {
        Response csv = given().accept("text/csv").get("/widgets/statistics/plain");
        assertEquals(Csv.CONTENT_TYPE, csv.header("Content-Type"));
    }

    @Test
    void jsonStaysTheDefaultWhenBothAreAcceptable() {
        given().accept("text/csv, application/json").get("/widgets/statistics").then().statusCode(200)
                .contentType("application/json").body("totals.count", equalTo(3)).body("groups[0].key", equalTo("A"));
        given().accept("*/*").get("/widgets/statistics").then().statusCode(200).contentType("application/json");
    }
}
