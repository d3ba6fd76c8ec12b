package kz.civic.registry.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.registry.TestBins;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The statements the hottest reads cost, counted by Hibernate's statistics (enabled in the test profile): a
 * regression here shows up as a lost third of the GET-by-id rate in the benchmarks (docs/benchmarks.md).
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class ReadCostTest {

    @Inject
    SessionFactory sessionFactory;

    private final String registrar = NgoResourceTest.token("registrar");

    private long statementsOf(Runnable request) {
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        request.run();
        return stats.getPrepareStatementCount();
    }

    @Test
    void anNgoWithSpheresAndPeopleIsReadInOneStatement() {
        List<String> spheres = given().get("/api/v1/reference/spheres").then().statusCode(200)
                .extract().jsonPath().getList("items.code", String.class).subList(0, 2);
        String id = given().auth().oauth2(registrar).contentType("application/json").body("""
                {"bin": "%s", "names": {"ru": "Фонд «Береке»", "kk": "«Береке» қоры"}, "legalForm": "PUBLIC_FOUNDATION",
                 "regionCode": "KZ-75", "registrationDate": "2010-03-01", "spheres": ["%s", "%s"],
                 "leader": {"fullName": "Айгуль Нурланова", "iin": "%s"},
                 "founders": [{"fullName": "Ержан Серикбаев", "iin": "%s"}, {"fullName": "Дана Омарова", "iin": "%s"}]}
                """.formatted(TestBins.random(), spheres.get(0), spheres.get(1), TestBins.randomIin(),
                TestBins.randomIin(), TestBins.randomIin()))
                .post("/api/v1/ngos").then().log().ifValidationFails().statusCode(201).extract().path("id");

        long statements = statementsOf(() -> given().auth().oauth2(registrar).get("/api/v1/ngos/" + id).then()
                .statusCode(200).body("spheres", hasSize(2)).body("founders", hasSize(2))
                .body("founders[1].fullName", equalTo("Дана Омарова")).body("leader.fullName", equalTo("Айгуль Нурланова")));

        assertEquals(1, statements, "GET /ngos/{id} fetches the NGO, its spheres and its people in one statement");
    }

    @Test
    void writesWithAnOutboxEventLeaveTheReferenceCacheAlone() {
        given().get("/api/v1/reference/regions").then().statusCode(200);
        given().auth().oauth2(registrar).contentType("application/json").body("""
                {"bin": "%s", "names": {"ru": "Фонд «Достық»", "kk": "«Достық» қоры"}, "legalForm": "PUBLIC_FOUNDATION",
                 "regionCode": "KZ-75", "registrationDate": "2012-05-01", "spheres": ["SUPPORT_FOR_VULNERABLE_GROUPS"]}
                """.formatted(TestBins.random()))
                .post("/api/v1/ngos").then().log().ifValidationFails().statusCode(201);

        long statements = statementsOf(() -> given().get("/api/v1/reference/regions").then().statusCode(200)
                .body("items.size()", greaterThan(0)));

        // a native INSERT without declared query spaces (the outbox row) would evict every cache region
        assertEquals(0, statements, "a registration does not evict the reference data from the second-level cache");
    }

    @Test
    void referenceDataIsReadFromTheCacheAfterTheFirstRequest() {
        for (String list : List.of("regions", "spheres", "legal-forms")) {
            given().get("/api/v1/reference/" + list).then().statusCode(200);
            long statements = statementsOf(() -> given().get("/api/v1/reference/" + list).then().statusCode(200)
                    .body("items.size()", greaterThan(0)));
            assertEquals(0, statements, "second read of /reference/" + list + " comes from the second-level cache");
        }
    }
}
