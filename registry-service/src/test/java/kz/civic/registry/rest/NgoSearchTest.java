package kz.civic.registry.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.registry.TestBins;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class NgoSearchTest {

    private final String registrar = NgoResourceTest.token("registrar");
    /** Every NGO of one test shares a registration date no other test uses, to isolate the searches. */
    private final String day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000)).toString();

    private String register(String ru, String kk, String en, String legalForm, String region) {
        String body = """
                {"bin": "%s", "names": {"ru": "%s", "kk": "%s", "en": "%s"}, "legalForm": "%s",
                 "regionCode": "%s", "registrationDate": "%s"}
                """.formatted(TestBins.registeredOn(LocalDate.parse(day)), ru, kk, en, legalForm, region, day);
        return given().auth().oauth2(registrar).contentType("application/json").body(body).post("/api/v1/ngos")
                .then().statusCode(201).extract().path("id");
    }

    private List<String> ids(String text) {
        return given().queryParam("q", text).queryParam("registeredFrom", day).queryParam("registeredTo", day)
                .queryParam("limit", 200).get("/api/v1/ngos").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void findsNamesAcrossScriptsAndPartialWords() {
        String shyrak = register("Ассоциация женщин-инвалидов «Шырак»", "«Шырақ» мүгедек әйелдер қауымдастығы",
                "Shyrak Association of Women with Disabilities", "ASSOCIATION_OF_LEGAL_ENTITIES", "KZ-75");
        String other = register("Хартия за права человека", "Адам құқықтары хартиясы", "Charter for Human Rights",
                "PUBLIC_FOUNDATION", "KZ-71");
        assertEquals(List.of(shyrak), ids("Шырак"));
        assertEquals(List.of(shyrak), ids("Шырақ"));
        assertEquals(List.of(shyrak), ids("shyrak"));
        assertEquals(List.of(shyrak), ids("SHYRAQ"));
        assertEquals(List.of(shyrak), ids("шыр"));
        assertEquals(List.of(other), ids("хартия"));
        assertEquals(List.of(other), ids("khartiia"));
        assertEquals(List.of(other), ids("Human Rights"));
        assertEquals(List.of(), ids("100%"));
        assertEquals(List.of(), ids("_"));
    }

    @Test
    void filtersCombine() {
        String a = register("Фонд А", "А қоры", "Fund A", "PUBLIC_FOUNDATION", "KZ-75");
        String b = register("Фонд Б", "Б қоры", "Fund B", "PUBLIC_FOUNDATION", "KZ-71");
        String c = register("Союз В", "В одағы", "Union C", "TRADE_UNION", "KZ-75");
        given().get("/api/v1/ngos?registeredFrom=" + day + "&registeredTo=" + day + "&region=KZ-75")
                .then().statusCode(200).body("items.id", containsInAnyOrder(a, c));
        given().get("/api/v1/ngos?registeredFrom=" + day + "&registeredTo=" + day + "&legalForm=PUBLIC_FOUNDATION&region=KZ-71")
                .then().body("items.id", contains(b));
        given().get("/api/v1/ngos?registeredFrom=" + day + "&registeredTo=" + day + "&status=ACTIVE")
                .then().body("items", empty());
        given().get("/api/v1/ngos?registeredFrom=" + day + "&registeredTo=" + day + "&status=REGISTERED&q=fund")
                .then().body("items.id", containsInAnyOrder(a, b));
    }

    @Test
    void sortsByNameAndWalksEveryPageOnce() {
        List<String> expected = new ArrayList<>();
        for (String name : List.of("Дельта", "Альфа", "Гамма", "Бета", "Эпсилон")) {
            register(name, name, name, "PUBLIC_ASSOCIATION", "KZ-79");
        }
        for (String name : List.of("альфа", "бета", "гамма", "дельта", "эпсилон")) {
            expected.add(name);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Response page = given().get("/api/v1/ngos?registeredFrom=" + day + "&registeredTo=" + day + "&sort=name&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, page.statusCode());
            page.jsonPath().getList("items.names.ru", String.class).forEach(n -> seen.add(n.toLowerCase()));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null && seen.size() < 100);
        assertEquals(expected, seen);
        given().get("/api/v1/ngos?registeredFrom=" + day + "&registeredTo=" + day + "&sort=registration-date")
                .then().statusCode(200);
    }

    @Test
    void findsEveryCommonRomanization() {
        String burabay = register("Общественный фонд «Бурабай»", "«Бурабай» қоғамдық қоры", "Lake Foundation",
                "PUBLIC_FOUNDATION", "KZ-11");
        String jastar = register("Молодёжное объединение «Жастар»", "«Жастар» бірлестігі", "Youth Union",
                "PUBLIC_ASSOCIATION", "KZ-75");
        String applicants = register("Союз заявителей", "Өтініш берушілер одағы", "Union of Petitioners",
                "PUBLIC_ASSOCIATION", "KZ-75");
        String orken = register("Национальная ассоциация «Оркен»", "Қазақстан әйелдерінің «Өркен» ұлттық қауымдастығы",
                "National Association", "ASSOCIATION_OF_LEGAL_ENTITIES", "KZ-75");
        String umit = register("Союз предпринимателей", "«Үміт» іскерлер одағы", "Entrepreneurs", "PUBLIC_ASSOCIATION",
                "KZ-75");
        for (String q : List.of("burabai", "burabay", "Burabaj", "Obshchestvennyy", "obshestvennyi",
                "obschestvennyj")) {
            assertEquals(List.of(burabay), ids(q), q);
        }
        for (String q : List.of("jastar", "zhastar", "Žastar")) {
            assertEquals(List.of(jastar), ids(q), q);
        }
        assertEquals(List.of(applicants), ids("zayavitel"));
        assertEquals(List.of(applicants), ids("zajavitel"));
        for (String q : List.of("qazaqstan", "kazakhstan", "kazakstan", "Qazaqstan", "orken", "Örken", "ulttyq",
                "ulttyk", "ayel", "aiel")) {
            assertEquals(List.of(orken), ids(q), q);
        }
        for (String q : List.of("umit", "Ümit", "isker")) {
            assertEquals(List.of(umit), ids(q), q);
        }
    }

    @Test
    void ranksExactBinThenExactNameThenPrefixesThenContainsAndPagesStably() {
        String exact = register("Жастар", "Жастар", "Zhastar", "PUBLIC_ASSOCIATION", "KZ-75");
        String prefixB = register("Жастар Б", "Жастар Б", "Zhastar B", "PUBLIC_ASSOCIATION", "KZ-75");
        String prefixA = register("Жастар А", "Жастар А", "Zhastar A", "PUBLIC_ASSOCIATION", "KZ-75");
        String word = register("Фонд «Жастар»", "Қор «Жастар»", "Foundation", "PUBLIC_FOUNDATION", "KZ-75");
        String inside = register("Кенжастар", "Кенжастар", "Kenzhastar", "PUBLIC_ASSOCIATION", "KZ-75");
        register("Другое", "Басқа", "Other", "PUBLIC_ASSOCIATION", "KZ-75");
        List<String> expected = List.of(exact, prefixA, prefixB, word, inside);
        for (String q : List.of("jastar", "zhastar", "Жастар")) {
            assertEquals(expected, ids(q), q);
            assertEquals(expected, walk(q, 1), q);
            assertEquals(expected, walk(q, 2), q);
        }

        String bin = given().get("/api/v1/ngos/" + inside).then().statusCode(200).extract().path("bin");
        String named = register("Фонд " + bin, "Қор " + bin, "Fund " + bin, "PUBLIC_FOUNDATION", "KZ-75");
        assertEquals(List.of(inside, named), ids(bin));
        assertEquals(List.of(inside, named), walk(bin, 1));
    }

    @Test
    void relevanceNeedsQAndAnExplicitSortWins() {
        given().get("/api/v1/ngos?sort=relevance").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        String b = register("Жастар Б", "Жастар Б", "Zhastar B", "PUBLIC_ASSOCIATION", "KZ-75");
        String a = register("Авангард Жастар", "Авангард Жастар", "Avangard Zhastar", "PUBLIC_ASSOCIATION", "KZ-75");
        assertEquals(List.of(b, a), ids("jastar"));
        given().queryParam("q", "jastar").queryParam("registeredFrom", day).queryParam("registeredTo", day)
                .queryParam("sort", "name").get("/api/v1/ngos").then().statusCode(200).body("items.id", contains(a, b));
        String cursor = given().queryParam("q", "jastar").queryParam("registeredFrom", day)
                .queryParam("registeredTo", day).queryParam("limit", 1).get("/api/v1/ngos").then().statusCode(200)
                .extract().path("nextCursor");
        given().queryParam("q", "jastar").queryParam("sort", "name").queryParam("cursor", cursor).get("/api/v1/ngos")
                .then().statusCode(400);
    }

    /** Every page of a relevance search, {@code limit} at a time: the ids in order, each page checked for size. */
    private List<String> walk(String q, int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", q).queryParam("registeredFrom", day).queryParam("registeredTo", day)
                    .queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/ngos");
            assertEquals(200, page.statusCode());
            List<String> items = page.jsonPath().getList("items.id", String.class);
            assertTrue(items.size() <= limit);
            seen.addAll(items);
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null && seen.size() < 100);
        return seen;
    }

    @Test
    void badParametersAre400ProblemJson() {
        given().get("/api/v1/ngos?status=DISSOLVED").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        given().get("/api/v1/ngos?sort=size").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().get("/api/v1/ngos?registeredFrom=2020-13-01").then().statusCode(400)
                .body("errors[0].field", equalTo("registeredFrom"));
        given().get("/api/v1/ngos?q=" + "x".repeat(101)).then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().get("/api/v1/ngos?legalForm=BANK").then().statusCode(400).body("errors[0].field", equalTo("legalForm"));
        given().get("/api/v1/ngos?sort=name&cursor=bm90LWEtY3Vyc29y").then().statusCode(400);
    }

    @Test
    void lookupByBin() {
        String bin = TestBins.registeredOn(LocalDate.parse(day));
        String body = """
                {"bin": "%s", "names": {"ru": "По БИН"}, "legalForm": "PUBLIC_FOUNDATION", "regionCode": "KZ-75",
                 "registrationDate": "%s"}""".formatted(bin, day);
        String id = given().auth().oauth2(registrar).contentType("application/json").body(body).post("/api/v1/ngos")
                .then().statusCode(201).extract().path("id");
        given().get("/api/v1/ngos/by-bin/" + bin).then().statusCode(200).body("id", equalTo(id));
        given().get("/api/v1/ngos/by-bin/" + TestBins.random()).then().statusCode(404);
        given().get("/api/v1/ngos/by-bin/12345").then().statusCode(400).contentType("application/problem+json");
    }
}
