package kz.civic.procurement.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.procurement.support.Procurement.planBody;
import static kz.civic.procurement.support.Procurement.post;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/conventions.md "Languages": every kk/ru/en text of an answer carries {@code displayName} in the request's language. */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class LanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kk              | kk | ҮЕҰ-ға арналған гранттар",
        "ru              | ru | Гранты для НПО",
        "en-US, ru;q=0.5 | en | NGO grants",
        "''              | ru | Гранты для НПО",
    })
    void everyLocalizedTextOfAnAnswerHasItsDisplayName(String acceptLanguage, String language, String title) {
        Map<String, Object> body = planBody("STATE_GRANT", "1000000.00");
        body.put("title", Map.of("kk", "ҮЕҰ-ға арналған гранттар", "ru", "Гранты для НПО", "en", "NGO grants"));
        String id = post("/api/v1/funding-plans", body).then().statusCode(201).extract().path("id");
        given().header("Accept-Language", acceptLanguage).get("/api/v1/funding-plans/" + id).then().statusCode(200)
                .header("Content-Language", language)
                .body("title.displayName", equalTo(title));
        // the list's items too (a page of the same records)
        given().header("Accept-Language", acceptLanguage).get("/api/v1/funding-plans?limit=200").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.title.displayName", equalTo(title));
    }
}
