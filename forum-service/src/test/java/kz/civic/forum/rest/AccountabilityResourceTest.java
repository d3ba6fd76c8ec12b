package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.forum.rest.GovernmentResponseResourceTest.respond;
import static kz.civic.forum.support.Recommendations.change;
import static kz.civic.forum.support.Recommendations.dueDaysAgo;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.support.Db;
import kz.civic.forum.support.Fixtures;
import kz.civic.forum.support.Recommendations;
import kz.civic.forum.support.RegistryEvents;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.CsvAnswers;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class AccountabilityResourceTest {

    private static Map<String, Object> addressedTo(UUID forum, UUID central, UUID local) {
        Map<String, Object> body = Recommendations.addressedTo(forum, central);
        if (local != null) {
            body.put("addressees", List.of(Map.of("type", "CENTRAL_AGENCY", "governmentBodyId", central.toString()),
                    Map.of("type", "LOCAL_AGENCY", "governmentBodyId", local.toString())));
        }
        return body;
    }

    private static Map<String, Object> answer() {
        return Map.of("position", "SUPPORTED", "text", Map.of("ru", "Поддерживаем"));
    }

    private static void assess(String id, String rating) {
        given().auth().oauth2(Tokens.secretariat()).contentType("application/json")
                .body(Map.of("rating", rating, "comment", Map.of("ru", "Оценка Гражданского альянса")))
                .post("/api/v1/recommendations/" + id + "/assessments").then().statusCode(201);
    }

    private static void submittedDaysAgo(String id, int days) {
        Db.update("UPDATE recommendation SET submitted_at = submitted_at - make_interval(days => ?) WHERE id = ?::uuid",
                days, id);
    }

    @Test
    void countsPerAddressedBodyMatchTheScenario() {
        UUID forum = Fixtures.forum();
        UUID ministry = RegistryEvents.governmentBody("CENTRAL");
        UUID akimat = RegistryEvents.governmentBody("LOCAL");
        // r1: to both; the ministry answers on time, 12 days after submission; ACCEPTED
        String r1 = inStatus(addressedTo(forum, ministry, akimat), RecommendationStatus.ACCEPTED);
        submittedDaysAgo(r1, 12);
        respond(r1, Tokens.agency(ministry), answer()).then().statusCode(201).body("onTime", equalTo(true));
        // r2: to the ministry, due 10 days ago, never answered
        String r2 = inStatus(addressedTo(forum, ministry, null), RecommendationStatus.SUBMITTED);
        dueDaysAgo(r2, 10);
        // r3: to the ministry, submitted 40 days ago, answered late; IMPLEMENTED
        String r3 = inStatus(addressedTo(forum, ministry, null), RecommendationStatus.IMPLEMENTED);
        submittedDaysAgo(r3, 40);
        dueDaysAgo(r3, 10);
        respond(r3, Tokens.agency(ministry), answer()).then().statusCode(201).body("onTime", equalTo(false));
        // r4: DRAFT and r5: MERGED do not count
        inStatus(addressedTo(forum, ministry, akimat), RecommendationStatus.DRAFT);
        String r5 = inStatus(addressedTo(forum, ministry, akimat), RecommendationStatus.SUBMITTED);
        change(r5, etag(r5), Map.of("to", "MERGED", "mergedIntoId", r1)).then().statusCode(200);
        // r6: to the ministry, DECLINED, answered on time 5 days after submission, then answered again
        String r6 = inStatus(addressedTo(forum, ministry, null), RecommendationStatus.DECLINED);
        submittedDaysAgo(r6, 5);
        respond(r6, Tokens.agency(ministry), answer()).then().statusCode(201);
        respond(r6, Tokens.agency(ministry), answer()).then().statusCode(201);
        // r7: to the akimat only, PARTIALLY_IMPLEMENTED, not yet due and not answered
        Map<String, Object> toAkimat = Recommendations.addressedTo(forum, ministry);
        toAkimat.put("addressees", List.of(Map.of("type", "LOCAL_AGENCY", "governmentBodyId", akimat.toString())));
        inStatus(toAkimat, RecommendationStatus.PARTIALLY_IMPLEMENTED);

        // the Civil Alliance's view: r1 not implemented, r3 only partially (its latest rating counts)
        assess(r1, "NOT_IMPLEMENTED");
        assess(r3, "IMPLEMENTED");
        assess(r3, "PARTIALLY_IMPLEMENTED");

        given().get("/api/v1/forums/" + forum + "/accountability-report").then().statusCode(200)
                .contentType("application/json").body("forumId", equalTo(forum.toString()))
                .body("groups", hasSize(2))
                .body("groups.governmentBodyId", contains(ministry.toString(), akimat.toString()))
                .body("groups[0].name.ru", equalTo("Министерство")).body("groups[0].level", equalTo("CENTRAL"))
                .body("groups[0].received", equalTo(4)).body("groups[0].answered", equalTo(3))
                .body("groups[0].answeredOnTime", equalTo(2)).body("groups[0].accepted", equalTo(2))
                .body("groups[0].implemented", equalTo(1)).body("groups[0].partiallyImplemented", equalTo(0))
                .body("groups[0].overdue", equalTo(2))
                .body("groups[0].averageDaysToFirstResponse", equalTo(19.0f))
                .body("groups[0].civilSocietyAssessed", equalTo(2)).body("groups[0].civilSocietyImplemented", equalTo(1))
                .body("groups[1].civilSocietyAssessed", equalTo(1)).body("groups[1].civilSocietyImplemented", equalTo(0))
                .body("groups[1].received", equalTo(2)).body("groups[1].answered", equalTo(0))
                .body("groups[1].accepted", equalTo(2)).body("groups[1].partiallyImplemented", equalTo(1))
                .body("groups[1].overdue", equalTo(0))
                .body("groups[1].averageDaysToFirstResponse", nullValue())
                .body("totals.received", equalTo(6)).body("totals.overdue", equalTo(2))
                .body("totals.answered", equalTo(3)).body("totals.civilSocietyAssessed", equalTo(3))
                .body("totals.civilSocietyImplemented", equalTo(1))
                .body("totals.averageDaysToFirstResponse", equalTo(19.0f));

        String csv = given().accept("text/csv").get("/api/v1/forums/" + forum + "/accountability-report").then()
                .statusCode(200).header("Content-Type", "text/csv; charset=UTF-8; header=present").extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals(3, lines.size(), "a header and one row per body, no totals row: " + csv);
        assertEquals("governmentBodyId,name.kk,name.ru,name.en,level,received,answered,answeredOnTime,accepted,implemented,"
                + "partiallyImplemented,overdue,averageDaysToFirstResponse,civilSocietyAssessed,civilSocietyImplemented",
                lines.get(0));
        assertEquals(ministry + ",Органы,Министерство,,CENTRAL,4,3,2,2,1,0,2,19.0,2,1", lines.get(1));
        assertEquals(akimat + ",Органы,Министерство,,LOCAL,2,0,0,2,0,1,0,,1,0", lines.get(2));
        String json = given().get("/api/v1/forums/" + forum + "/accountability-report").then().statusCode(200).extract()
                .asString();
        CsvAnswers.assertRowsAreTheGroups("/api/v1/forums/{id}/accountability-report", json, csv);
    }

    @Test
    void jsonIsTheDefaultAndAnUnknownEditionIs404() {
        UUID forum = Fixtures.forum();
        given().accept("*/*").get("/api/v1/forums/" + forum + "/accountability-report").then().statusCode(200)
                .contentType("application/json").body("groups", hasSize(0)).body("totals.received", equalTo(0));
        given().get("/api/v1/forums/" + UUID.randomUUID() + "/accountability-report").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
