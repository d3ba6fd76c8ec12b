package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.civic.forum.support.Fixtures;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/conventions.md "Languages": every kk/ru/en text of an answer carries {@code displayName} in the request's language. */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class LanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kk    | kk | Астана, Тәуелсіздік сарайы",
        "ru    | ru | Астана, Дворец Независимости",
        "en    | en | Astana, Palace of Independence",
        "''    | ru | Астана, Дворец Независимости",
    })
    void everyLocalizedTextOfAnAnswerHasItsDisplayName(String acceptLanguage, String language, String venue) {
        String location = Fixtures.postEdition(y -> ", \"republicanStage\": {\"startDate\": \"" + y + "-11-16\", "
                + "\"endDate\": \"" + y + "-11-17\", \"venue\": {\"kk\": \"Астана, Тәуелсіздік сарайы\", "
                + "\"ru\": \"Астана, Дворец Независимости\", \"en\": \"Astana, Palace of Independence\"}}")
                .then().statusCode(201).extract().header("Location");
        given().header("Accept-Language", acceptLanguage).get(location).then().statusCode(200)
                .header("Content-Language", language)
                .body("republicanStage.venue.displayName", equalTo(venue))
                // the motto has only Russian: every language falls back to it
                .body("motto.displayName", equalTo("Зрелое гражданское общество"));
    }
}
