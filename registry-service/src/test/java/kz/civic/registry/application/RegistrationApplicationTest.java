package kz.civic.registry.application;

import static io.restassured.RestAssured.given;
import static kz.civic.registry.RegistryTestSupport.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.platform.time.WorkingCalendar;
import kz.civic.registry.RegistryTestSupport;
import kz.civic.registry.TestBins;
import kz.civic.registry.reference.service.RegionService;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class RegistrationApplicationTest {

    private static final String PATH = "/api/v1/registration-applications";

    @Inject
    DataSource dataSource;

    @Inject
    WorkingCalendar calendar;

    static String applicantToken(String subject) {
        return Jwt.subject(subject).audience("civic-api").sign();
    }

    static String body(String bin) {
        return """
                {"bin": "%s", "names": {"ru": "Общественное объединение «Шырак»", "kk": "«Шырақ» қоғамдық бірлестігі"},
                 "legalForm": "PUBLIC_ASSOCIATION", "regionCode": "KZ-11", "registrationDate": "2001-01-01",
                 "spheres": [], "leader": {"fullName": "Айгерим Сапарова", "iin": "%s"}}
                """.formatted(bin, TestBins.randomIin());
    }

    private static ValidatableResponse submit(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(PATH).then();
    }

    private static ValidatableResponse decide(String id, String etag, String decision, String body) {
        var request = given().auth().oauth2(token("registrar")).contentType("application/json");
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.body(body == null ? "" : body).post(PATH + "/" + id + "/" + decision).then();
    }

    private long applications(String bin) throws Exception {
        return RegistryTestSupport.count(dataSource, "SELECT count(*) FROM registration_application WHERE bin = ?", bin);
    }

    @Test
    void approvedApplicationRegistersTheNgoOnTheApprovalDate() throws Exception {
        String bin = TestBins.random();
        String applicant = applicantToken("citizen-" + UUID.randomUUID());
        LocalDate due = calendar.addWorkingDays(RegionService.today(), 10);
        ValidatableResponse submitted = submit(applicant, body(bin)).statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("SUBMITTED")).body("dueDate", equalTo(due.toString()))
                .body("overdue", equalTo(false)).body("request.registrationDate", nullValue())
                .body("request.leader.fullName", equalTo("Айгерим Сапарова"));
        String id = submitted.extract().path("id");
        given().auth().oauth2(applicant).get(PATH + "/" + id).then().statusCode(200).body("bin", equalTo(bin));
        given().auth().oauth2(applicant).get(PATH).then().statusCode(200).body("items.id", hasItem(id));

        decide(id, null, "approval", null).statusCode(428);
        String ngoId = decide(id, "\"0\"", "approval", null).statusCode(200).body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("user-registrar")).body("ngoId", notNullValue()).extract().path("ngoId");
        given().get("/api/v1/ngos/" + ngoId).then().statusCode(200).body("bin", equalTo(bin))
                .body("registrationDate", equalTo(RegionService.today().toString())).body("status", equalTo("REGISTERED"));
        RegistryTestSupport.assertMatchesContract(RegistryTestSupport.events(RegistryTestSupport.NGOS_TOPIC, ngoId,
                "kz.civic.registry.ngo.registered.v1", 1).get(0));
        decide(id, "\"1\"", "rejection", "{\"reason\": \"late\"}").statusCode(409)
                .body("type", equalTo("/problems/already-decided")).body("status", equalTo(409))
                .body("currentStatus", equalTo("APPROVED"));
        submit(applicantToken("someone-else"), body(bin)).statusCode(409).body("type", equalTo("/problems/duplicate-bin"))
                .body("existingId", equalTo(ngoId));
    }

    @Test
    void rejectionNeedsAReasonAndTheApplicantSeesIt() throws Exception {
        String bin = TestBins.random();
        String applicant = applicantToken("citizen-" + UUID.randomUUID());
        String id = submit(applicant, body(bin)).statusCode(201).extract().path("id");
        decide(id, "\"0\"", "rejection", "{\"reason\": \"\"}").statusCode(400).body("errors[0].field", equalTo("reason"));
        decide(id, "\"0\"", "rejection", "{}").statusCode(400);
        decide(id, "\"5\"", "rejection", "{\"reason\": \"charter incomplete\"}").statusCode(412);
        decide(id, "\"0\"", "rejection", "{\"reason\": \"charter incomplete\"}").statusCode(200)
                .body("status", equalTo("REJECTED"));
        given().auth().oauth2(applicant).get(PATH + "/" + id).then().statusCode(200)
                .body("rejectionReason", equalTo("charter incomplete")).body("ngoId", nullValue());
        given().get("/api/v1/ngos/by-bin/" + bin).then().statusCode(404);
        // a rejected application does not block a new one
        submit(applicant, body(bin)).statusCode(201);
        assertEquals(2, applications(bin));
    }

    @Test
    void duplicatesAndBadApplicationsAreRejectedAndWriteNothing() throws Exception {
        String bin = TestBins.random();
        String applicant = applicantToken("citizen-" + UUID.randomUUID());
        String first = submit(applicant, body(bin)).statusCode(201).extract().path("id");
        submit(applicant, body(bin)).statusCode(409).body("type", equalTo("/problems/duplicate-application"))
                .body("existingApplicationId", equalTo(first));
        String other = TestBins.random();
        submit(applicant, body(other).replace("\"KZ-11\"", "\"KZ-99\"")).statusCode(422)
                .body("type", equalTo("/problems/unknown-region"));
        submit(applicant, body(other).replace("\"spheres\": []", "\"spheres\": [\"NOPE\"]")).statusCode(422)
                .body("type", equalTo("/problems/unknown-sphere"));
        submit(applicant, body(other).replace("\"bin\": \"" + other + "\"", "\"bin\": null, \"legacy\": true"))
                .statusCode(422).body("type", equalTo("/problems/bin-required"));
        String wrongDigit = other.substring(0, 11) + ((other.charAt(11) - '0' + 1) % 10);
        submit(applicant, body(wrongDigit)).statusCode(400).body("errors[0].field", equalTo("bin"));
        submit(applicant, body(other).replace("PUBLIC_ASSOCIATION", "CLUB")).statusCode(400)
                .contentType("application/problem+json");
        submit(applicant, "{\"bin\": ").statusCode(400).contentType("application/problem+json");
        assertEquals(0, applications(other));
        assertEquals(1, applications(bin));
    }

    @Test
    void onlyTheRegistryDecidesAndApplicantsSeeOnlyTheirOwn() throws Exception {
        String owner = applicantToken("citizen-" + UUID.randomUUID());
        String stranger = applicantToken("citizen-" + UUID.randomUUID());
        String id = submit(owner, body(TestBins.random())).statusCode(201).extract().path("id");
        given().contentType("application/json").body(body(TestBins.random())).post(PATH).then().statusCode(401)
                .contentType("application/problem+json");
        given().get(PATH).then().statusCode(401);
        given().auth().oauth2(stranger).get(PATH + "/" + id).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(stranger).get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        for (String role : List.of("ngo", "analyst")) {
            given().auth().oauth2(token(role)).header("If-Match", "\"0\"").post(PATH + "/" + id + "/approval")
                    .then().statusCode(403);
        }
        given().auth().oauth2(owner).header("If-Match", "\"0\"").post(PATH + "/" + id + "/approval").then().statusCode(403);
        given().auth().oauth2(token("registrar")).get(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(token("registrar")).queryParam("status", "PENDING").get(PATH).then().statusCode(400);
    }

    @Test
    void overdueApplicationsAreListedForTheRegistry() throws Exception {
        String bin = TestBins.random();
        String id = submit(applicantToken("citizen-late"), body(bin)).statusCode(201).extract().path("id");
        RegistryTestSupport.count(dataSource, "WITH u AS (UPDATE registration_application SET due_date = ? WHERE id = ? "
                + "RETURNING 1) SELECT count(*) FROM u", LocalDate.now().minusDays(1), UUID.fromString(id));
        given().auth().oauth2(token("registrar")).queryParam("overdue", true).queryParam("limit", 200).get(PATH).then()
                .statusCode(200).body("items.id", hasItem(id)).body("items.overdue", everyItem(equalTo(true)))
                .body("items.status", everyItem(equalTo("SUBMITTED")));
        given().auth().oauth2(token("registrar")).get(PATH + "/" + id).then().body("overdue", equalTo(true));
    }

    @Test
    void concurrentApprovalsHaveExactlyOneWinner() throws Exception {
        String bin = TestBins.random();
        String id = submit(applicantToken("citizen-race"), body(bin)).statusCode(201).extract().path("id");
        List<CompletableFuture<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> decide(id, "\"0\"", "approval", null).extract().statusCode()));
        }
        List<Integer> codes = racers.stream().map(CompletableFuture::join).toList();
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(3, codes.stream().filter(c -> c == 409 || c == 412).count(), codes.toString());
        assertEquals(1, RegistryTestSupport.count(dataSource, "SELECT count(*) FROM ngo WHERE bin = ?", bin));
    }
}
