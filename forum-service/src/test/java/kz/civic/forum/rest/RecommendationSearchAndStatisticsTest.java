package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.forum.support.Recommendations.change;
import static kz.civic.forum.support.Recommendations.etag;
import static kz.civic.forum.support.Recommendations.inStatus;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.support.Fixtures;
import kz.civic.forum.support.Recommendations;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.CsvAnswers;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class RecommendationSearchAndStatisticsTest {

    private static Map<String, Object> body(UUID forum, Map<String, String> text, String region, List<String> spheres,
            List<Integer> goals) {
        Map<String, Object> body = Recommendations.body();
        body.put("sourceId", forum.toString());
        body.put("text", text);
        body.put("regionCode", region);
        body.put("spheres", spheres);
        body.put("sdgGoals", goals);
        return body;
    }

    @Test
    void fullTextSearchMatchesWordFormsInEachLanguageWithTheFilters() {
        UUID forum = Fixtures.forum();
        String laws = inStatus(body(forum, Map.of("ru", "Принять законы о волонтёрстве", "en", "Adopt laws on volunteering"),
                "KZ-75", List.of("CHARITY"), List.of(17)), RecommendationStatus.SUBMITTED);
        String youth = inStatus(body(forum, Map.of("kk", "Жастар саясатын дамыту", "ru", "Развивать молодёжную политику и закон"),
                "KZ-71", List.of("YOUTH"), List.of(4)), RecommendationStatus.ACCEPTED);
        String search = "/api/v1/recommendations?forumId=" + forum;
        given().get(search + "&q=закон").then().statusCode(200).body("items.id", contains(youth, laws));
        given().get(search + "&q=закона").then().body("items.id", contains(youth, laws));
        given().get(search + "&q=volunteer").then().body("items.id", contains(laws));
        given().get(search + "&q=жастар").then().body("items.id", contains(youth));
        given().get(search + "&q=волонтёрстве законы").then().body("items.id", contains(laws));
        given().get(search + "&q=парламент").then().body("items", hasSize(0));
        given().get(search + "&q=закон&sphere=YOUTH").then().body("items.id", contains(youth));
        given().get(search + "&q=закон&sdg=17").then().body("items.id", contains(laws));
        given().get(search + "&q=закон&status=SUBMITTED&region=KZ-75").then().body("items.id", contains(laws));
        String next = given().get(search + "&q=закон&limit=1").then().body("items.id", contains(youth))
                .extract().path("nextCursor");
        given().get(search + "&q=закон&limit=1&cursor=" + next).then().body("items.id", contains(laws))
                .body("nextCursor", nullValue());
        given().get(search + "&sdg=18").then().statusCode(400).body("errors[0].field", equalTo("sdg"));
        given().get(search + "&sdg=x").then().statusCode(400);
        given().get(search + "&q=" + "a".repeat(201)).then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "  ").get(search).then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void everyCommonRomanizationFindsTheText() {
        UUID forum = Fixtures.forum();
        String burabay = Recommendations.create(body(forum, Map.of("ru", "Общественный совет «Бурабай»"), "KZ-75",
                List.of("ECOLOGY"), List.of(15)));
        String jastar = Recommendations.create(body(forum, Map.of("kk", "«Жастар» ұйымын қолдау"), "KZ-75",
                List.of("YOUTH"), List.of(4)));
        String applicants = Recommendations.create(body(forum, Map.of("ru", "Поддержать заявителей"), "KZ-75",
                List.of("OTHER"), List.of(16)));
        String orken = Recommendations.create(body(forum, Map.of("kk", "Қазақстан әйелдерінің «Өркен» ұлттық қауымдастығы"),
                "KZ-75", List.of("OTHER"), List.of(5)));
        String umit = Recommendations.create(body(forum, Map.of("kk", "«Үміт» іскерлерін қолдау"), "KZ-75",
                List.of("OTHER"), List.of(8)));
        Map<String, List<String>> expected = Map.of(burabay, List.of("burabai", "burabay", "Obshchestvennyy",
                "obshestvennyi", "obschestvennyj"), jastar, List.of("jastar", "zhastar"), applicants,
                List.of("zayavitel", "zajavitel"), orken, List.of("qazaqstan", "kazakhstan", "kazakstan", "orken",
                        "ulttyq", "ulttyk", "ayel", "aiel"), umit, List.of("umit", "isker"));
        expected.forEach((id, queries) -> {
            for (String q : queries) {
                given().queryParam("forumId", forum.toString()).queryParam("q", q).get("/api/v1/recommendations")
                        .then().statusCode(200).body("items.id", contains(id));
            }
        });
    }

    @Test
    void aQueryRanksExactThenPrefixesThenContainsNewestFirstAndPagesStably() {
        UUID forum = Fixtures.forum();
        String inside = Recommendations.create(body(forum, Map.of("ru", "Кенжастар"), "KZ-75", List.of("YOUTH"), List.of(4)));
        String word = Recommendations.create(body(forum, Map.of("ru", "Поддержать «Жастар»"), "KZ-75", List.of("YOUTH"),
                List.of(4)));
        String prefixOld = Recommendations.create(body(forum, Map.of("ru", "Жастар саясаты"), "KZ-75", List.of("YOUTH"),
                List.of(4)));
        String prefixNew = Recommendations.create(body(forum, Map.of("ru", "Жастар бастамасы"), "KZ-75", List.of("YOUTH"),
                List.of(4)));
        String exact = Recommendations.create(body(forum, Map.of("kk", "Жастар"), "KZ-75", List.of("YOUTH"), List.of(4)));
        Recommendations.create(body(forum, Map.of("ru", "Другое"), "KZ-75", List.of("YOUTH"), List.of(4)));
        List<String> expected = List.of(exact, prefixNew, prefixOld, word, inside);
        for (String q : List.of("jastar", "zhastar", "Жастар")) {
            for (int limit : new int[] {1, 2, 200}) {
                List<String> seen = new ArrayList<>();
                String cursor = null;
                do {
                    var request = given().queryParam("forumId", forum.toString()).queryParam("q", q)
                            .queryParam("limit", limit);
                    if (cursor != null) {
                        request.queryParam("cursor", cursor);
                    }
                    var page = request.get("/api/v1/recommendations").then().statusCode(200).extract().jsonPath();
                    seen.addAll(page.getList("items.id", String.class));
                    cursor = page.getString("nextCursor");
                } while (cursor != null && seen.size() < 100);
                assertEquals(expected, seen, q + " limit " + limit);
            }
        }
        String unranked = given().queryParam("forumId", forum.toString()).queryParam("limit", 1)
                .get("/api/v1/recommendations").then().statusCode(200).extract().path("nextCursor");
        given().queryParam("forumId", forum.toString()).queryParam("q", "jastar").queryParam("cursor", unranked)
                .get("/api/v1/recommendations").then().statusCode(400);
    }

    @Test
    void analystsCountRecommendationsByDimensionWithImplementationRates() {
        UUID forum = Fixtures.forum();
        String youth = inStatus(body(forum, Map.of("ru", "Молодёжь"), "KZ-75", List.of("YOUTH"), List.of(4)),
                RecommendationStatus.SUBMITTED);
        inStatus(body(forum, Map.of("ru", "Экология и молодёжь"), "KZ-71", List.of("YOUTH", "ECOLOGY"), List.of(4, 13)),
                RecommendationStatus.IMPLEMENTED);
        inStatus(body(forum, Map.of("ru", "Экология"), "KZ-75", List.of("ECOLOGY"), List.of(13)),
                RecommendationStatus.PARTIALLY_IMPLEMENTED);
        inStatus(body(forum, Map.of("ru", "Черновик"), "KZ-75", List.of("YOUTH"), List.of(4)), RecommendationStatus.DRAFT);
        String merged = inStatus(body(forum, Map.of("ru", "Слита"), "KZ-75", List.of("YOUTH"), List.of(4)),
                RecommendationStatus.SUBMITTED);
        change(merged, etag(merged), Map.of("to", "MERGED", "mergedIntoId", youth)).then().statusCode(200);
        String analyst = Tokens.of("analyst");
        String stats = "/api/v1/recommendations/statistics?forumId=" + forum + "&by=";
        given().auth().oauth2(analyst).get(stats + "status").then().statusCode(200).body("by", equalTo("status"))
                .body("groups.key", contains("IMPLEMENTED", "PARTIALLY_IMPLEMENTED", "SUBMITTED"))
                .body("groups.count", contains(1, 1, 1))
                .body("totals.count", equalTo(3)).body("totals.implemented", equalTo(1))
                .body("totals.partiallyImplemented", equalTo(1)).body("totals.notImplemented", equalTo(0))
                .body("totals.implementedPercent", equalTo(33.33f))
                .body("totals.implementedOrPartiallyPercent", equalTo(66.67f));
        given().auth().oauth2(analyst).get(stats + "region").then()
                .body("groups.key", contains("KZ-75", "KZ-71")).body("groups.count", contains(2, 1))
                .body("groups[0].partiallyImplemented", equalTo(1)).body("groups[0].implementedPercent", equalTo(0.0f))
                .body("groups[0].implementedOrPartiallyPercent", equalTo(50.0f))
                .body("groups[1].implementedPercent", equalTo(100.0f));
        given().auth().oauth2(analyst).get(stats + "sphere").then()
                .body("groups.key", contains("ECOLOGY", "YOUTH")).body("groups.count", contains(2, 2))
                .body("groups.implemented", contains(1, 1))
                .body("totals.count", equalTo(3)).body("totals.implemented", equalTo(1));
        given().auth().oauth2(analyst).get(stats + "sdg").then()
                .body("groups.key", contains("13", "4")).body("groups.count", contains(2, 2));
        given().auth().oauth2(analyst).get(stats + "addresseeType").then()
                .body("groups.key", contains("CENTRAL_AGENCY", "CIVIL_ALLIANCE", "LOCAL_AGENCY"))
                .body("groups.count", contains(3, 3, 3));
        String month = LocalDate.now(ZoneId.of("Asia/Almaty")).toString().substring(0, 7);
        given().auth().oauth2(analyst).get(stats + "submissionMonth").then()
                .body("groups.key", contains(month)).body("groups.count", contains(3));
        given().auth().oauth2(analyst).get(stats + "sphere&region=KZ-75").then()
                .body("groups.key", contains("ECOLOGY", "YOUTH")).body("groups.count", contains(1, 1));
        given().auth().oauth2(analyst).accept("text/csv").get(stats + "region").then().statusCode(200)
                .header("Content-Type", "text/csv; charset=UTF-8; header=present")
                .body(equalTo("key,count,implemented,partiallyImplemented,notImplemented,implementedPercent,"
                        + "implementedOrPartiallyPercent\r\nKZ-75,2,0,1,0,0.00,50.00\r\nKZ-71,1,1,0,0,100.00,100.00\r\n"));
        for (String by : List.of("status", "region", "sphere", "sdg", "addresseeType", "submissionMonth")) {
            String json = given().auth().oauth2(analyst).get(stats + by).then().statusCode(200).extract().asString();
            String csv = given().auth().oauth2(analyst).accept("text/csv").get(stats + by).then().statusCode(200)
                    .extract().asString();
            CsvAnswers.assertRowsAreTheGroups("/api/v1/recommendations/statistics", json, csv);
        }
        given().auth().oauth2(analyst).get(stats + "color").then().statusCode(400).body("errors[0].field", equalTo("by"));
        given().auth().oauth2(analyst).get("/api/v1/recommendations/statistics").then().statusCode(400);
        given().get(stats + "status").then().statusCode(401);
        given().auth().oauth2(Tokens.of("ngo")).get(stats + "status").then().statusCode(403);
    }
}
