package kz.civic.registry.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.registry.TestBins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/conventions.md "Languages": a problem's title and every {@code displayName} follow {@code Accept-Language}
 * (kk/ru/en, default ru, stated in {@code Content-Language}); {@code detail} and {@code errors[].message} are English.
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class LanguageTest {

    private final String registrar = NgoResourceTest.token("registrar");

    private String register(String names) {
        String body = """
                {"bin": "%s", "names": %s, "legalForm": "PUBLIC_FOUNDATION", "regionCode": "KZ-75",
                 "registrationDate": "2005-07-01"}""".formatted(TestBins.random(), names);
        return given().auth().oauth2(registrar).contentType("application/json").body(body)
                .post("/api/v1/ngos").then().statusCode(201).extract().path("id");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kk          | kk | Тіл қоры       | Тіл қоры",
        "ru-RU       | ru | Фонд языка     | Фонд языка",
        "en;q=0.9    | en | Language Fund  | Фонд языка",
        "de, kk;q=.5 | kk | Тіл қоры       | Тіл қоры",
        "de          | ru | Фонд языка     | Фонд языка",
    })
    void displayNameIsTheTextInTheRequestsLanguageWithRussianFirstAsFallback(String acceptLanguage, String language,
            String full, String withoutEnglish) {
        String complete = register("{\"kk\": \"Тіл қоры\", \"ru\": \"Фонд языка\", \"en\": \"Language Fund\"}");
        String noEnglish = register("{\"kk\": \"Тіл қоры\", \"ru\": \"Фонд языка\"}");
        given().header("Accept-Language", acceptLanguage).get("/api/v1/ngos/" + complete)
                .then().statusCode(200)
                .header("Content-Language", language)
                .header("Vary", containsString("Accept-Language"))
                .body("names.displayName", equalTo(full))
                .body("names.ru", equalTo("Фонд языка"));
        given().header("Accept-Language", acceptLanguage).get("/api/v1/ngos/" + noEnglish)
                .then().statusCode(200)
                .body("names.displayName", equalTo(withoutEnglish))
                .body("names", not(hasKey("en")));
    }

    @Test
    void withoutAcceptLanguageDisplayNameIsRussianAndKazakhFillsInForAMissingRussian() {
        String id = register("{\"kk\": \"Тек қазақша\"}");
        given().get("/api/v1/ngos/" + id).then().statusCode(200)
                .header("Content-Language", "ru")
                .body("names.displayName", equalTo("Тек қазақша"));
        given().header("Accept-Language", "en").get("/api/v1/ngos/" + id).then().statusCode(200)
                .body("names.displayName", equalTo("Тек қазақша"));
    }

    @Test
    void aDisplayNameSentBackIsIgnored() {
        String id = register("{\"ru\": \"Фонд эха\", \"displayName\": \"ignored\"}");
        given().header("Accept-Language", "en").get("/api/v1/ngos/" + id).then().statusCode(200)
                .body("names.displayName", equalTo("Фонд эха"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kk-KZ, ru;q=0.8 | kk | Сұрауды тексеру сәтсіз аяқталды",
        "ru              | ru | Ошибка проверки запроса",
        "en              | en | Request validation failed",
        "''              | ru | Ошибка проверки запроса",
    })
    void problemTitleFollowsAcceptLanguageAndDetailAndMessagesStayEnglish(String acceptLanguage, String language,
            String title) {
        given().header("Accept-Language", acceptLanguage).get("/api/v1/ngos/not-a-uuid")
                .then().statusCode(400)
                .header("Content-Language", language)
                .body("title", equalTo(title))
                .body("detail", equalTo("1 field(s) invalid"))
                .body("errors[0].message", equalTo("has the wrong type"));
        given().header("Accept-Language", acceptLanguage).auth().oauth2(registrar).contentType("application/json")
                .body("{\"bin\": \"" + TestBins.random() + "\", \"names\": {\"ru\": \"Фонд\"}, "
                        + "\"legalForm\": \"PUBLIC_FOUNDATION\", \"registrationDate\": \"2005-07-01\"}")
                .post("/api/v1/ngos")
                .then().statusCode(400)
                .body("title", equalTo(title))
                .body("errors[0].field", equalTo("regionCode"))
                .body("errors[0].message", equalTo("must not be null"));
    }
}
