package kz.civic.procurement.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.procurement.support.Procurement.changeCall;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.procurement.support.Db;
import kz.civic.procurement.support.Funding;
import kz.civic.procurement.support.OpenDataSchemas;
import kz.civic.procurement.support.Procurement;
import kz.civic.procurement.support.RegistryEvents;
import kz.civic.procurement.support.RegistryEvents.Profile;
import kz.civic.procurement.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class OpenDataResourceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BODY_BIN = "991240990016";

    private static OffsetDateTime start;
    private static String call;
    private static String ocid;
    private static String withBinAward;
    private static String legacyAward;
    private static UUID withBin;
    private static UUID legacy;
    private static String socialOrderCall;
    private static String contract;

    /**
     * Once for the class: a grant call taken from creation to CLOSED with two awards (an NGO with a BIN, a
     * legacy one without) and a social-order call with one award.
     */
    @BeforeEach
    void scenario() throws Exception {
        if (start != null) {
            return;
        }
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC);
        Thread.sleep(5);
        withBin = Funding.eligibleNgo(Profile.active(), "050740001241");
        legacy = Funding.eligibleNgo(Profile.active(), null);
        call = Procurement.grantCall("20000000.00", "ANNOUNCED", "OPEN");
        ocid = "ocds-kzcvc0-" + call;
        String a = Funding.apply(call, withBin, "5000000.00");
        String b = Funding.apply(call, legacy, "4000000.00");
        changeCall(call, "UNDER_REVIEW").then().statusCode(200);
        withBinAward = Funding.awarded(call, a, "4500000.00");
        legacyAward = Funding.awarded(call, b, "4000000.00");
        contract = Procurement.post("/api/v1/contracts", Map.of("awardId", withBinAward,
                "amount", Map.of("amount", "4500000.00", "currency", "KZT"), "periodStart", "2026-01-01",
                "periodEnd", "2026-12-31", "tranches", List.of(
                        Map.of("sequence", 1, "amount", Map.of("amount", "2000000.00", "currency", "KZT"), "plannedOn", "2026-01-15"),
                        Map.of("sequence", 2, "amount", Map.of("amount", "2500000.00", "currency", "KZT"), "plannedOn", "2026-06-15"))))
                .then().statusCode(201).extract().path("id");
        String etag = given().get("/api/v1/contracts/" + contract).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.officer()).header("If-Match", etag)
                .post("/api/v1/contracts/" + contract + "/tranches/1/payment").then().statusCode(200);
        changeCall(call, "AWARDED").then().statusCode(200);
        changeCall(call, "CLOSED").then().statusCode(200);

        Map<String, Object> body = Procurement.grantCallBody(Procurement.approvedPlan("STATE_SOCIAL_ORDER", "10000000.00"),
                "3000000.00");
        body.remove("grantBand");
        body.remove("durationMonths");
        socialOrderCall = Procurement.post("/api/v1/calls", body).then().statusCode(201).extract().path("id");
        changeCall(socialOrderCall, "ANNOUNCED").then().statusCode(200);
        changeCall(socialOrderCall, "OPEN").then().statusCode(200);
        String c = Funding.apply(socialOrderCall, withBin, "1000000.00");
        changeCall(socialOrderCall, "UNDER_REVIEW").then().statusCode(200);
        Funding.awarded(socialOrderCall, c, "1000000.00");
        start = before;
    }

    private static JsonNode json(Response r) throws Exception {
        assertEquals(200, r.statusCode(), r.asString());
        return MAPPER.readTree(r.asString());
    }

    private JsonNode releasesSince(OffsetDateTime since, int limit, String cursor) throws Exception {
        var request = given().queryParam("since", since.toString()).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return json(request.get("/api/v1/open-data/ocds/releases"));
    }

    private List<JsonNode> ofCall(JsonNode releasePackage, String ocid) {
        List<JsonNode> releases = new ArrayList<>();
        releasePackage.get("releases").forEach(r -> {
            if (ocid.equals(r.get("ocid").asText())) {
                releases.add(r);
            }
        });
        return releases;
    }

    @Test
    void everyChangeOfACallIsAReleaseThatValidatesAgainstOcds115() throws Exception {
        JsonNode pkg = releasesSince(start, 200, null);
        OpenDataSchemas.assertValidOcds(pkg);
        assertEquals("1.1", pkg.get("version").asText());
        assertTrue(pkg.get("uri").asText().contains("/api/v1/open-data/ocds/releases"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", pkg.get("license").asText());
        assertTrue(pkg.hasNonNull("publicationPolicy"));
        assertTrue(pkg.at("/publisher/name").asText().contains("procurement-service"));
        assertNull(pkg.get("links"));

        List<JsonNode> releases = ofCall(pkg, ocid);
        List<String> tags = releases.stream().map(r -> r.at("/tag/0").asText()).toList();
        assertEquals(List.of("planning", "tender", "tenderUpdate", "tenderUpdate", "award", "award", "contract",
                "implementation", "tenderUpdate", "tenderUpdate"), tags);
        List<String> statuses = releases.stream().filter(r -> r.has("tender")).map(r -> r.at("/tender/status").asText())
                .toList();
        assertEquals(List.of("planning", "planned", "active", "active", "complete", "complete"), statuses);
        assertEquals(releases.size(), releases.stream().map(r -> r.get("id").asText()).distinct().count());
        for (int i = 1; i < releases.size(); i++) {
            assertFalse(OffsetDateTime.parse(releases.get(i).get("date").asText())
                    .isBefore(OffsetDateTime.parse(releases.get(i - 1).get("date").asText())), "ordered by date");
        }
        releases.forEach(r -> {
            assertEquals("tender", r.get("initiationType").asText());
            assertEquals("KZ-BIN-" + BODY_BIN, r.at("/buyer/id").asText());
        });

        JsonNode planning = releases.get(0);
        assertEquals(20000000.0, planning.at("/planning/budget/amount/amount").asDouble());
        assertEquals("KZT", planning.at("/planning/budget/amount/currency").asText());
        assertEquals(call, planning.at("/tender/id").asText());
        assertEquals("Поддержка уязвимых групп", planning.at("/tender/title").asText());
        assertEquals("Осал топтарды қолдау", planning.at("/tender/title_kk").asText());
        assertEquals("ratedCriteria", planning.at("/tender/awardCriteria").asText());
        assertEquals("state grant", planning.at("/tender/procurementMethodDetails").asText());
        assertTrue(OffsetDateTime.parse("2026-12-01T00:00:00+05:00")
                .isEqual(OffsetDateTime.parse(planning.at("/tender/tenderPeriod/startDate").asText())));
        assertTrue(planning.at("/tender/tenderers").isMissingNode() && planning.at("/tender/numberOfTenderers").isMissingNode(),
                "who applies is not published while the window is open");
        JsonNode buyer = planning.at("/parties/0");
        assertEquals(List.of("buyer", "procuringEntity"), MAPPER.convertValue(buyer.get("roles"), List.class));
        assertEquals("KZ-BIN", buyer.at("/identifier/scheme").asText());
        assertEquals(BODY_BIN, buyer.at("/identifier/id").asText());

        JsonNode review = releases.get(3);
        assertEquals(2, review.at("/tender/numberOfTenderers").asInt());
        assertEquals(List.of("KZ-BIN-050740001241", "ocds-kzcvc0-ngo-" + legacy),
                List.of(review.at("/tender/tenderers/0/id").asText(), review.at("/tender/tenderers/1/id").asText()));

        JsonNode first = releases.get(4);
        assertEquals("award-" + withBinAward, first.get("id").asText());
        assertEquals(withBinAward, first.at("/awards/0/id").asText());
        assertEquals("active", first.at("/awards/0/status").asText());
        assertEquals(4500000.0, first.at("/awards/0/value/amount").asDouble());
        assertEquals("KZT", first.at("/awards/0/value/currency").asText());
        assertEquals("KZ-BIN-050740001241", first.at("/awards/0/suppliers/0/id").asText());
        JsonNode supplier = first.at("/parties/1");
        assertEquals("KZ-BIN-050740001241", supplier.get("id").asText());
        assertEquals("050740001241", supplier.at("/identifier/id").asText());
        assertEquals(List.of("tenderer", "supplier"), MAPPER.convertValue(supplier.get("roles"), List.class));
        JsonNode second = releases.get(5);
        assertEquals("ocds-kzcvc0-ngo-" + legacy, second.at("/awards/0/suppliers/0/id").asText());
        assertTrue(second.at("/parties/1/identifier").isMissingNode(), "a legacy NGO has no BIN to identify it by");

        JsonNode signed = releases.get(6);
        assertEquals(contract, signed.at("/contracts/0/id").asText());
        assertEquals(withBinAward, signed.at("/contracts/0/awardID").asText());
        assertEquals("active", signed.at("/contracts/0/status").asText());
        assertEquals(4500000.0, signed.at("/contracts/0/value/amount").asDouble());
        assertEquals("KZT", signed.at("/contracts/0/value/currency").asText());
        assertTrue(OffsetDateTime.parse("2026-01-01T00:00:00+05:00")
                .isEqual(OffsetDateTime.parse(signed.at("/contracts/0/period/startDate").asText())));
        assertTrue(signed.at("/contracts/0/dateSigned").isTextual());
        JsonNode paid = releases.get(7).at("/contracts/0/implementation/transactions/0");
        assertEquals(2000000.0, paid.at("/value/amount").asDouble());
        assertEquals("KZ-BIN-" + BODY_BIN, paid.at("/payer/id").asText());
        assertEquals("KZ-BIN-050740001241", paid.at("/payee/id").asText());

        List<JsonNode> socialOrder = ofCall(pkg, "ocds-kzcvc0-" + socialOrderCall);
        assertEquals(List.of("planning", "tender", "tenderUpdate", "tenderUpdate", "award"),
                socialOrder.stream().map(r -> r.at("/tag/0").asText()).toList());
        assertEquals("state social order", socialOrder.get(0).at("/tender/procurementMethodDetails").asText());
    }

    @Test
    void theValidatorRejectsWhatBreaksTheStandard() throws Exception {
        ObjectNode pkg = (ObjectNode) releasesSince(start, 200, null);
        ObjectNode broken = pkg.deepCopy();
        ((ObjectNode) broken.get("releases").get(0)).putArray("tag").add("signed");
        assertFalse(OpenDataSchemas.ocdsViolations(broken).isEmpty());
        ObjectNode noOcid = pkg.deepCopy();
        ((ObjectNode) noOcid.get("releases").get(0)).remove("ocid");
        assertFalse(OpenDataSchemas.ocdsViolations(noOcid).isEmpty());
        ObjectNode badDate = pkg.deepCopy();
        badDate.put("publishedDate", "yesterday");
        assertFalse(OpenDataSchemas.ocdsViolations(badDate).isEmpty());

        ObjectNode grants = (ObjectNode) json(given().queryParam("limit", 200).get("/api/v1/open-data/360giving"));
        ObjectNode noCurrency = grants.deepCopy();
        ((ObjectNode) noCurrency.get("grants").get(0)).remove("currency");
        assertFalse(OpenDataSchemas.threeSixtyGivingViolations(noCurrency).isEmpty());
        ObjectNode badAwardDate = grants.deepCopy();
        ((ObjectNode) badAwardDate.get("grants").get(0)).put("awardDate", "02.12.2026");
        assertFalse(OpenDataSchemas.threeSixtyGivingViolations(badAwardDate).isEmpty());
    }

    @Test
    void sinceKeepsReleasesDatedAtOrAfterIt() throws Exception {
        List<JsonNode> all = ofCall(releasesSince(start, 200, null), ocid);
        OffsetDateTime awardDate = OffsetDateTime.parse(all.get(4).get("date").asText());
        JsonNode later = releasesSince(awardDate, 200, null);
        OpenDataSchemas.assertValidOcds(later);
        assertEquals(all.subList(4, all.size()).stream().map(r -> r.get("id").asText()).toList(),
                ofCall(later, ocid).stream().map(r -> r.get("id").asText()).toList());
        later.get("releases").forEach(r -> assertFalse(OffsetDateTime.parse(r.get("date").asText()).isBefore(awardDate)));

        JsonNode none = releasesSince(OffsetDateTime.now().plusDays(1), 200, null);
        assertEquals(0, none.get("releases").size());
        given().queryParam("since", "2026-13-01").get("/api/v1/open-data/ocds/releases").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("since"));
        given().queryParam("since", "yesterday").get("/api/v1/open-data/ocds/releases").then().statusCode(400);
    }

    @Test
    void releasesArePagedWithACursorAndALink() throws Exception {
        List<String> whole = new ArrayList<>();
        releasesSince(start, 200, null).get("releases").forEach(r -> whole.add(r.get("id").asText()));
        assertTrue(whole.size() >= 13, "8 releases of the grant call, 5 of the social-order call: " + whole);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("since", start.toString()).queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response r = request.get("/api/v1/open-data/ocds/releases");
            JsonNode page = json(r);
            OpenDataSchemas.assertValidOcds(page);
            page.get("releases").forEach(x -> paged.add(x.get("id").asText()));
            String next = page.at("/links/next").asText(null);
            if (next == null) {
                cursor = null;
                assertNull(r.header("Link"));
            } else {
                assertEquals(5, page.get("releases").size());
                assertTrue(r.header("Link").contains("rel=\"next\""));
                assertTrue(r.header("Link").contains(next.substring(next.indexOf("/api/"))), r.header("Link"));
                assertTrue(next.contains("since="), "the next page keeps the filter: " + next);
                cursor = next.substring(next.indexOf("cursor=") + "cursor=".length()).split("&")[0];
            }
            pages++;
        } while (cursor != null);
        assertEquals((whole.size() + 4) / 5, pages);
        assertEquals(whole, paged);

        given().queryParam("cursor", "nope").get("/api/v1/open-data/ocds/releases").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-cursor"));
        given().queryParam("limit", 0).get("/api/v1/open-data/ocds/releases").then().statusCode(400);
    }

    @Test
    void grantsArePublishedIn360Giving143() throws Exception {
        Map<String, JsonNode> grants = new HashMap<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response r = request.get("/api/v1/open-data/360giving");
            JsonNode page = json(r);
            OpenDataSchemas.assertValid360Giving(page);
            assertEquals("1.4", page.get("version").asText());
            page.get("grants").forEach(g -> grants.put(g.get("id").asText(), g));
            String next = page.at("/links/next").asText(null);
            assertEquals(next == null, r.header("Link") == null);
            cursor = next == null ? null : next.substring(next.indexOf("cursor=") + "cursor=".length()).split("&")[0];
        } while (cursor != null);

        JsonNode g = grants.get("360G-kzcivic-" + withBinAward);
        assertEquals("KZT", g.get("currency").asText());
        assertEquals(4500000.0, g.get("amountAwarded").asDouble());
        assertEquals("Проект " + withBin.toString().substring(0, 8), g.get("title").asText());
        assertTrue(g.get("description").asText().contains("state grant"));
        assertEquals("KZ-BIN-050740001241", g.at("/recipientOrganization/0/id").asText());
        assertEquals("KZ-75", g.at("/recipientOrganization/0/addressRegion").asText());
        assertEquals("KZ-BIN-" + BODY_BIN, g.at("/fundingOrganization/0/id").asText());
        assertEquals(9, g.at("/plannedDates/0/duration").asInt());
        assertEquals("2026-01-01", g.at("/plannedDates/0/startDate").asText());
        assertEquals("2026-12-31", g.at("/plannedDates/0/endDate").asText());
        assertEquals(2000000.0, g.get("amountDisbursed").asDouble());
        assertEquals(2000000.0, g.at("/disbursementTransaction/0/value").asDouble());
        assertEquals(call, g.at("/grantProgramme/0/code").asText());
        assertEquals("Yes", g.get("fromOpenCall").asText());
        assertTrue(g.get("dataSource").asText().endsWith("/api/v1/awards/" + withBinAward));
        assertFalse(OffsetDateTime.parse(g.get("awardDate").asText()).isBefore(start));

        assertEquals("360G-kzcivic-ngo-" + legacy, grants.get("360G-kzcivic-" + legacyAward)
                .at("/recipientOrganization/0/id").asText());
        assertTrue(grants.values().stream().noneMatch(x -> socialOrderCall.equals(x.at("/grantProgramme/0/code").asText())),
                "state social order is procurement of services, not a grant");
    }

    @Test
    void governmentBodiesWithoutAKnownBinGetThePublishersId() throws Exception {
        UUID body = RegistryEvents.governmentBody("LOCAL");
        // as a body replicated before the BINs were kept (migration V9) is until its next event
        assertEquals(1, Db.update("UPDATE government_body_replica SET bin = NULL WHERE id = ?::uuid", body.toString()));
        Map<String, Object> plan = Procurement.planBody("STATE_GRANT", "100000000.00");
        plan.put("customerId", body.toString());
        String id = Procurement.post("/api/v1/calls", Procurement.grantCallBody(Procurement.approvedPlan(plan),
                "5000000.00")).then().statusCode(201).extract().path("id");
        JsonNode pkg = releasesSince(start, 200, null);
        OpenDataSchemas.assertValidOcds(pkg);
        JsonNode planning = ofCall(pkg, "ocds-kzcvc0-" + id).get(0);
        assertEquals("ocds-kzcvc0-body-" + body, planning.at("/buyer/id").asText());
        assertTrue(planning.at("/parties/0/identifier").isMissingNode());
    }
}
