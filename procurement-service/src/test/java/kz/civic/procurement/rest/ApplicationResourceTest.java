package kz.civic.procurement.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.procurement.support.Procurement.changeCall;
import static kz.civic.procurement.support.Procurement.grantCall;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.procurement.eligibility.Eligibility;
import kz.civic.procurement.service.Times;
import kz.civic.procurement.support.Db;
import kz.civic.infra.testing.TestKafka;
import kz.civic.procurement.support.Pagination;
import kz.civic.procurement.support.RegistryEvents;
import kz.civic.procurement.support.RegistryEvents.Profile;
import kz.civic.infra.testing.EventContracts;
import kz.civic.procurement.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ApplicationResourceTest {

    private static final int REPORT_YEAR = Eligibility.requiredReportYear(Times.today());
    private static final List<String> RULES = List.of("NGO_ACTIVE", "REPORT_FILED", "LEGAL_FORM_ELIGIBLE", "REGION_MATCH",
            "SPHERE_MATCH", "AMOUNT_IN_BAND", "INSTITUTIONAL_SHARE");
    private static String openCall;

    /** An OPEN short-term grant call for KZ-75 and SUPPORT_FOR_VULNERABLE_GROUPS with a 50,000,000 KZT budget. */
    private static synchronized String openCall() {
        if (openCall == null) {
            openCall = grantCall("50000000.00", "ANNOUNCED", "OPEN");
        }
        return openCall;
    }

    /** An NGO with this profile that filed its report for the required year. */
    private static UUID ngo(Profile profile) {
        UUID id = RegistryEvents.ngo(profile);
        RegistryEvents.fileReport(id, 1, REPORT_YEAR);
        return id;
    }

    private static Map<String, Object> body(String callId, UUID ngoId, String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callId", callId);
        body.put("ngoId", ngoId.toString());
        body.put("projectTitle", "Инклюзивные мастерские");
        body.put("projectDescription", "Мастерские для людей с инвалидностью в Алматы");
        body.put("language", "ru");
        body.put("requestedAmount", Map.of("amount", amount, "currency", "KZT"));
        body.put("institutionalDevelopment", Map.of("amount", "300000.00", "currency", "KZT"));
        return body;
    }

    private static Response submit(UUID ngoId, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.ngo(ngoId)).contentType("application/json").body(body)
                .post("/api/v1/applications");
    }

    private static long applications() {
        return Db.count("SELECT (SELECT count(*) FROM application) + (SELECT count(*) FROM outbox_event "
                + "WHERE topic = 'procurement.applications')");
    }

    @Test
    void eligibleNgoAppliesAndEveryRuleIsExplained() {
        UUID ngoId = ngo(Profile.active());
        String id = submit(ngoId, body(openCall(), ngoId, "5000000.00")).then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("SUBMITTED")).body("eligibility.rule", contains(RULES.toArray()))
                .body("eligibility.passed", everyItem(equalTo(true))).body("flagged", equalTo(false))
                .body("eligibility[1].reason", startsWith("the NGO-Database report for " + REPORT_YEAR + " is on file"))
                .extract().path("id");
        given().auth().oauth2(Tokens.ngo(ngoId)).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("requestedAmount.amount", equalTo(5000000.0f)).body("recheck", nullValue());
        given().auth().oauth2(Tokens.officer()).get("/api/v1/calls/" + openCall() + "/applications?limit=200")
                .then().statusCode(200).body("items.id", hasItem(id));

        JsonNode event = TestKafka.events("procurement.applications", id, 1).get(0);
        Set<?> violations = EventContracts.violations(event.at("/type").asText(), event);
        assertTrue(violations.isEmpty(), "event violates its schema: " + violations);
        assertEquals(ngoId.toString(), event.at("/data/ngoId").asText());
        assertEquals(7, event.at("/data/eligibility").size());
        assertTrue(event.at("/data/projectDescription").isMissingNode(), "the project text stays out of the event");
    }

    @Test
    void eachFailingRuleIsNamedAnd422WritesNothing() {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        profiles.put("NGO_ACTIVE", Profile.active().withStatus("SUSPENDED"));
        profiles.put("LEGAL_FORM_ELIGIBLE", Profile.active().withLegalForm("TRADE_UNION", false));
        profiles.put("REGION_MATCH", Profile.active().withRegion("KZ-71"));
        profiles.put("SPHERE_MATCH", Profile.active().withSpheres(List.of("CULTURE_AND_ART")));
        for (Map.Entry<String, Profile> e : profiles.entrySet()) {
            UUID ngoId = ngo(e.getValue());
            long before = applications();
            submit(ngoId, body(openCall(), ngoId, "5000000.00")).then().statusCode(422)
                    .contentType("application/problem+json").body("type", equalTo("/problems/ineligible"))
                    .body("rules.rule", contains(RULES.toArray()))
                    .body("rules.findAll { !it.passed }.rule", contains(e.getKey()));
            assertEquals(before, applications(), e.getKey() + ": a refused application wrote something");
        }
        UUID unreported = RegistryEvents.ngo(Profile.active());
        submit(unreported, body(openCall(), unreported, "5000000.00")).then().statusCode(422)
                .body("rules.findAll { !it.passed }.rule", contains("REPORT_FILED"));
        UUID greedy = ngo(Profile.active());
        submit(greedy, body(openCall(), greedy, "20000000.00")).then().statusCode(422)
                .body("rules.findAll { !it.passed }.rule", contains("AMOUNT_IN_BAND"));
        Map<String, Object> institutional = body(openCall(), greedy, "5000000.00");
        institutional.put("institutionalDevelopment", Map.of("amount", "500000.01", "currency", "KZT"));
        submit(greedy, institutional).then().statusCode(422)
                .body("rules.findAll { !it.passed }.rule", contains("INSTITUTIONAL_SHARE"));
    }

    @Test
    void aReportIsDueOnlyForFullYearsTheNgoExisted() {
        // registered today, and registered mid-way through the latest year whose report is due: no full year due
        for (LocalDate registered : List.of(Times.today(), LocalDate.of(REPORT_YEAR, 6, 15))) {
            UUID young = RegistryEvents.ngo(Profile.active().registeredOn(registered));
            submit(young, body(openCall(), young, "5000000.00")).then().statusCode(201)
                    .body("eligibility.passed", everyItem(equalTo(true)))
                    .body("eligibility[1].reason", startsWith("no NGO-Database report is due yet"));
        }
        // existed the whole of the latest year due (registered on 1 January of it) and filed nothing: refused
        UUID existed = RegistryEvents.ngo(Profile.active().registeredOn(LocalDate.of(REPORT_YEAR, 1, 1)));
        long before = applications();
        submit(existed, body(openCall(), existed, "5000000.00")).then().statusCode(422)
                .body("type", equalTo("/problems/ineligible"))
                .body("rules.findAll { !it.passed }.rule", contains("REPORT_FILED"))
                .body("rules[1].reason", startsWith("no NGO-Database report for " + REPORT_YEAR));
        assertEquals(before, applications(), "a refused application wrote something");
    }

    @Test
    void anNgoListsItsOwnApplicationsAndOfficersListAllWithFilters() {
        String other = grantCall("50000000.00", "ANNOUNCED", "OPEN");
        UUID a = ngo(Profile.active());
        UUID b = ngo(Profile.active());
        String a1 = submit(a, body(openCall(), a, "5000000.00")).then().statusCode(201).extract().path("id");
        String a2 = submit(a, body(other, a, "5000000.00")).then().statusCode(201).extract().path("id");
        String b1 = submit(b, body(other, b, "5000000.00")).then().statusCode(201).extract().path("id");

        // the NGO: its own only, page by page; another NGO's is 403, so is a token bound to no NGO
        assertEquals(Set.of(a1, a2), Set.copyOf(Pagination.walk("/api/v1/applications", Tokens.ngo(a), 1, "id")));
        assertEquals(List.of(a2), Pagination.walk("/api/v1/applications?callId=" + other, Tokens.ngo(a), 50, "id"));
        given().auth().oauth2(Tokens.ngo(a)).get("/api/v1/applications?ngoId=" + a).then().statusCode(200)
                .body("items.ngoId", everyItem(equalTo(a.toString())));
        given().auth().oauth2(Tokens.ngo(a)).get("/api/v1/applications?ngoId=" + b).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("ngo")).get("/api/v1/applications").then().statusCode(403);

        // officers, analysts and admins: everything, filtered by call, NGO and status
        for (String role : List.of("procurement-officer", "analyst", "admin")) {
            assertEquals(List.of(b1), Pagination.walk("/api/v1/applications?callId=" + other + "&ngoId=" + b,
                    Tokens.of(role), 50, "id"), role);
        }
        Set<Object> ofOther = Set.copyOf(Pagination.walk("/api/v1/applications?callId=" + other + "&status=SUBMITTED",
                Tokens.officer(), 1, "id"));
        assertEquals(Set.of(a2, b1), ofOther);
        given().auth().oauth2(Tokens.officer()).get("/api/v1/applications?limit=200").then().statusCode(200)
                .body("items.id", hasItem(a1)).body("items[0].eligibility.rule", contains(RULES.toArray()));

        // refused: other roles, anonymous callers, bad filters
        for (String role : List.of("commission-member", "registrar", "agency", "forum-secretariat")) {
            given().auth().oauth2(Tokens.of(role)).get("/api/v1/applications").then().statusCode(403);
        }
        given().get("/api/v1/applications").then().statusCode(401);
        for (String query : List.of("callId=nope", "ngoId=1", "status=AWARDED", "limit=0", "cursor=x")) {
            given().auth().oauth2(Tokens.officer()).get("/api/v1/applications?" + query).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void anNgoAppliesOnlyForItselfAndOnlyOnce() {
        UUID ngoId = ngo(Profile.active());
        UUID other = ngo(Profile.active());
        Map<String, Object> body = body(openCall(), ngoId, "5000000.00");
        given().contentType("application/json").body(body).post("/api/v1/applications").then().statusCode(401);
        given().auth().oauth2(Tokens.officer()).contentType("application/json").body(body).post("/api/v1/applications")
                .then().statusCode(403);
        submit(other, body).then().statusCode(403).contentType("application/problem+json");
        String id = submit(ngoId, body).then().statusCode(201).extract().path("id");
        submit(ngoId, body).then().statusCode(409).body("type", equalTo("/problems/duplicate-application"));
        given().auth().oauth2(Tokens.ngo(other)).get("/api/v1/applications/" + id).then().statusCode(403);
        given().get("/api/v1/applications/" + id).then().statusCode(401);
        given().auth().oauth2(Tokens.ngo(other)).get("/api/v1/calls/" + openCall() + "/applications").then().statusCode(403);
    }

    @Test
    void applicationsNeedAnOpenCallAndAKnownNgo() {
        UUID ngoId = ngo(Profile.active());
        String planned = grantCall("50000000.00");
        submit(ngoId, body(planned, ngoId, "5000000.00")).then().statusCode(409)
                .body("type", equalTo("/problems/call-not-open")).body("callStatus", equalTo("PLANNED"));
        UUID stranger = UUID.randomUUID();
        submit(stranger, body(openCall(), stranger, "5000000.00")).then().statusCode(422)
                .body("type", equalTo("/problems/unknown-ngo"));
        submit(ngoId, body(UUID.randomUUID().toString(), ngoId, "5000000.00")).then().statusCode(422)
                .body("type", equalTo("/problems/unknown-call"));
        Map<String, Object> kazakhOrRussian = body(openCall(), ngoId, "5000000.00");
        kazakhOrRussian.put("language", "en");
        submit(ngoId, kazakhOrRussian).then().statusCode(400).body("errors[0].field", equalTo("language"));
    }

    @Test
    void anNgoSuspendedLaterGetsItsOpenApplicationsFlaggedAndUnflaggedWhenReinstated() {
        UUID ngoId = ngo(Profile.active());
        String onOpen = submit(ngoId, body(openCall(), ngoId, "5000000.00")).then().statusCode(201).extract().path("id");
        String reviewCall = grantCall("50000000.00", "ANNOUNCED", "OPEN");
        String onReview = submit(ngoId, body(reviewCall, ngoId, "5000000.00")).then().statusCode(201).extract().path("id");
        changeCall(reviewCall, "UNDER_REVIEW").then().statusCode(200);
        String closedCall = grantCall("50000000.00", "ANNOUNCED", "OPEN");
        String onClosed = submit(ngoId, body(closedCall, ngoId, "5000000.00")).then().statusCode(201).extract().path("id");
        for (String step : List.of("UNDER_REVIEW", "FAILED", "CLOSED")) {
            changeCall(closedCall, step).then().statusCode(200);
        }

        String suspended = UUID.randomUUID().toString();
        RegistryEvents.sendNgoEvent(ngoId, suspended, RegistryEvents.ngoStatusChanged(suspended, ngoId, 2, "ACTIVE",
                "SUSPENDED"));
        for (String id : List.of(onOpen, onReview)) {
            given().auth().oauth2(Tokens.officer()).get("/api/v1/applications/" + id).then().statusCode(200)
                    .body("flagged", equalTo(true)).body("recheck.findAll { !it.passed }.rule", contains("NGO_ACTIVE"))
                    .body("eligibility.passed", everyItem(equalTo(true)));
        }
        given().auth().oauth2(Tokens.officer()).get("/api/v1/applications/" + onClosed).then().statusCode(200)
                .body("flagged", equalTo(false)).body("recheck", nullValue());

        String reinstated = UUID.randomUUID().toString();
        RegistryEvents.sendNgoEvent(ngoId, reinstated, RegistryEvents.ngoStatusChanged(reinstated, ngoId, 3, "SUSPENDED",
                "ACTIVE"));
        given().auth().oauth2(Tokens.ngo(ngoId)).get("/api/v1/applications/" + onOpen).then().statusCode(200)
                .body("flagged", equalTo(false)).body("recheck.passed", everyItem(equalTo(true)));
    }

    /**
     * A report-filed event arriving late or again under a new event id, for a year already on record, changes
     * nothing: the NGO's applications are not re-checked (before the fix each one got a new recheck, recheckedAt
     * and version: found by reliability-tests' DuplicateAndReplayIT).
     */
    @Test
    void aLateReportFiledForAYearOnRecordDoesNotRecheckTheApplications() {
        UUID ngoId = ngo(Profile.active());
        String id = submit(ngoId, body(openCall(), ngoId, "5000000.00")).then().statusCode(201).extract().path("id");
        // the filing of the year on record (version 1) again, as a new event
        String late = UUID.randomUUID().toString();
        RegistryEvents.sendNgoEvent(ngoId, late, RegistryEvents.reportFiled(late, ngoId, 1, REPORT_YEAR, REPORT_YEAR));
        given().auth().oauth2(Tokens.officer()).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("flagged", equalTo(false)).body("recheck", nullValue());
        assertEquals(1, Db.count("SELECT count(*) FROM application WHERE id = ?::uuid AND rechecked_at IS NULL "
                + "AND version = 0", id));
    }

    @Test
    void aProfileUpdateMovingTheNgoOutOfTheRegionFlagsItsApplications() {
        UUID ngoId = ngo(Profile.active());
        String id = submit(ngoId, body(openCall(), ngoId, "5000000.00")).then().statusCode(201).extract().path("id");
        String moved = UUID.randomUUID().toString();
        RegistryEvents.sendNgoEvent(ngoId, moved, RegistryEvents.ngoSnapshot(false, moved, ngoId, 2,
                Profile.active().withRegion("KZ-71")));
        given().auth().oauth2(Tokens.officer()).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("flagged", equalTo(true)).body("recheck.findAll { !it.passed }.rule", contains("REGION_MATCH"));
    }
}
