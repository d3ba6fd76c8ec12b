package kz.civic.procurement.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.procurement.support.Procurement.changeCall;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.civic.infra.testing.EventContracts;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.infra.testing.TestKafka;
import kz.civic.procurement.eligibility.Eligibility;
import kz.civic.procurement.service.Times;
import kz.civic.procurement.support.Db;
import kz.civic.procurement.support.Funding;
import kz.civic.procurement.support.Procurement;
import kz.civic.procurement.support.RegistryEvents;
import kz.civic.procurement.support.RegistryEvents.Profile;
import kz.civic.procurement.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ContractResourceTest {

    private static final int REPORT_YEAR = Eligibility.requiredReportYear(Times.today());
    private static final String TOPIC = "procurement.contracts";

    /** An award of 4,500,000 KZT to an eligible NGO (its replica at version 1), in a call implementing a recommendation. */
    private record Awarded(UUID ngoId, String callId, String awardId, UUID recommendationId) {
    }

    private static Awarded awarded() {
        UUID recommendation = RegistryEvents.recommendation();
        UUID ngoId = RegistryEvents.ngo(Profile.active());
        RegistryEvents.fileReport(ngoId, 1, REPORT_YEAR);
        String plan = Procurement.approvedPlan("STATE_GRANT", "100000000.00");
        Map<String, Object> body = Procurement.grantCallBody(plan, "20000000.00");
        body.put("recommendationIds", List.of(recommendation.toString()));
        String call = Procurement.post("/api/v1/calls", body).then().statusCode(201).extract().path("id");
        changeCall(call, "ANNOUNCED").then().statusCode(200);
        changeCall(call, "OPEN").then().statusCode(200);
        String application = given().auth().oauth2(Tokens.ngo(ngoId)).contentType("application/json")
                .body(Map.of("callId", call, "ngoId", ngoId.toString(), "projectTitle", "Проект",
                        "projectDescription", "Описание", "language", "ru",
                        "requestedAmount", Map.of("amount", "5000000.00", "currency", "KZT")))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        changeCall(call, "UNDER_REVIEW").then().statusCode(200);
        String award = Funding.awarded(call, application, "4500000.00");
        return new Awarded(ngoId, call, award, recommendation);
    }

    private static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "KZT");
    }

    private static Map<String, Object> tranche(int sequence, String amount, String plannedOn) {
        return Map.of("sequence", sequence, "amount", money(amount), "plannedOn", plannedOn);
    }

    /** 4,500,000 KZT over 2026 (begun, so tranches may be paid) in three tranches: 2,000,000 + 1,500,000 + 1,000,000. */
    private static Map<String, Object> contractBody(String awardId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("awardId", awardId);
        body.put("amount", money("4500000.00"));
        body.put("periodStart", "2026-01-01");
        body.put("periodEnd", "2026-12-31");
        body.put("tranches", new ArrayList<>(List.of(tranche(1, "2000000.00", "2026-01-15"),
                tranche(2, "1500000.00", "2026-05-15"), tranche(3, "1000000.00", "2026-10-15"))));
        return body;
    }

    private static String sign(String awardId) {
        return Procurement.post("/api/v1/contracts", contractBody(awardId)).then().statusCode(201).extract().path("id");
    }

    private static String etag(String contractId) {
        return given().get("/api/v1/contracts/" + contractId).then().statusCode(200).extract().header("ETag");
    }

    private static Response pay(String contractId, int sequence) {
        return given().auth().oauth2(Tokens.officer()).header("If-Match", etag(contractId))
                .post("/api/v1/contracts/" + contractId + "/tranches/" + sequence + "/payment");
    }

    private static Map<String, Object> report(String kind, Integer tranche) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        if (tranche != null) {
            body.put("tranche", tranche);
        }
        body.put("narrative", "Провели 12 мастерских для 140 участников");
        body.put("indicators", List.of(Map.of("name", "Участники мастерских", "unit", "persons", "target", 120,
                "achieved", 140)));
        return body;
    }

    private static Response submit(UUID asNgo, String contractId, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.ngo(asNgo)).contentType("application/json").body(body)
                .post("/api/v1/contracts/" + contractId + "/reports");
    }

    private static Response review(String contractId, String reportId, String to, String reason) {
        String etag = given().get("/api/v1/contracts/" + contractId + "/reports/" + reportId).then().statusCode(200)
                .extract().header("ETag");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(Tokens.officer()).header("If-Match", etag).contentType("application/json").body(body)
                .post("/api/v1/contracts/" + contractId + "/reports/" + reportId + "/status-changes");
    }

    private static String approvedReport(UUID ngoId, String contractId, String kind, Integer tranche) {
        String id = submit(ngoId, contractId, report(kind, tranche)).then().statusCode(201).extract().path("id");
        review(contractId, id, "APPROVED", null).then().statusCode(200).body("status", equalTo("APPROVED"));
        return id;
    }

    private static long contractRows() {
        return Db.count("SELECT (SELECT count(*) FROM contract) + (SELECT count(*) FROM contract_tranche) "
                + "+ (SELECT count(*) FROM contract_history) + (SELECT count(*) FROM outbox_event WHERE topic = ?) "
                + "+ (SELECT count(*) FROM idempotency_record)", TOPIC);
    }

    /** An instant on the wire: UTC, exactly six fractional digits. */
    private static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z";
    private static final ObjectMapper EXACT = JsonMapper.builder().nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static JsonNode conforming(JsonNode event) {
        EventContracts.assertConforms(event);
        return event;
    }

    /**
     * Issue 16 item 10: an event writes instants and amounts exactly as the REST answers do — UTC with six fractional
     * digits, amounts with two decimals — whatever form the request used ({@code 2000000} here).
     */
    @Test
    void anEventWritesInstantsAndAmountsAsTheAnswersDo() throws Exception {
        Awarded a = awarded();
        Map<String, Object> body = contractBody(a.awardId());
        body.put("amount", money("4500000"));
        body.put("tranches", new ArrayList<>(List.of(tranche(1, "2000000", "2026-01-15"),
                tranche(2, "1500000", "2026-05-15"), tranche(3, "1000000", "2026-10-15"))));
        String id = Procurement.post("/api/v1/contracts", body).then().statusCode(201).extract()
                .path("id");
        JsonNode answer = EXACT.readTree(pay(id, 1).then().statusCode(200).extract().asString());
        JsonNode read = EXACT.readTree(given().get("/api/v1/contracts/" + id).then().statusCode(200).extract().asString());
        JsonNode event = conforming(TestKafka.events(TOPIC, id, "kz.civic.procurement.tranche.paid.v1", 1).get(0));

        JsonNode paidAt = read.at("/tranches/0/paidAt");
        assertTrue(paidAt.asText().matches(INSTANT), paidAt.asText());
        assertEquals(paidAt, answer.at("/tranches/0/paidAt"));
        assertEquals(paidAt, event.at("/data/paidAt"));
        assertTrue(event.at("/time").asText().matches(INSTANT), event.at("/time").asText());
        assertEquals("2000000.00", read.at("/tranches/0/amount/amount").toString());
        assertEquals("2000000.00", answer.at("/tranches/0/amount/amount").toString());
        assertEquals("2000000.00", event.at("/data/amount/amount").toString());
        assertEquals("4500000.00", read.at("/amount/amount").toString());
    }

    @Test
    void aContractIsSignedOncePerAwardAndBadInputWritesNothing() {
        Awarded a = awarded();
        Map<String, Map<String, Object>> refused = new LinkedHashMap<>();
        Map<String, Object> unknownAward = contractBody(UUID.randomUUID().toString());
        refused.put("unknown-award", unknownAward);
        Map<String, Object> tooMuch = contractBody(a.awardId());
        tooMuch.put("amount", money("4500000.01"));
        refused.put("amount-above-award", tooMuch);
        Map<String, Object> backwards = contractBody(a.awardId());
        backwards.put("periodEnd", "2025-12-31");
        refused.put("contract-period", backwards);
        Map<String, Object> shortSum = contractBody(a.awardId());
        shortSum.put("tranches", List.of(tranche(1, "2000000.00", "2026-01-15"), tranche(2, "1500000.00", "2026-05-15")));
        refused.put("tranche-sum", shortSum);
        Map<String, Object> gap = contractBody(a.awardId());
        gap.put("tranches", List.of(tranche(1, "2000000.00", "2026-01-15"), tranche(3, "2500000.00", "2026-05-15")));
        refused.put("tranche-sequence", gap);
        Map<String, Object> late = contractBody(a.awardId());
        late.put("tranches", List.of(tranche(1, "2000000.00", "2026-01-15"), tranche(2, "2500000.00", "2027-01-15")));
        refused.put("tranche-date", late);
        Map<String, Object> unordered = contractBody(a.awardId());
        unordered.put("tranches", List.of(tranche(1, "2000000.00", "2026-06-15"), tranche(2, "2500000.00", "2026-05-15")));
        refused.put("tranche-date ", unordered);
        long before = contractRows();
        for (Map.Entry<String, Map<String, Object>> e : refused.entrySet()) {
            Procurement.post("/api/v1/contracts", e.getValue()).then().statusCode(422)
                    .contentType("application/problem+json").body("type", equalTo("/problems/" + e.getKey().trim()));
        }
        Map<String, Object> noTranches = contractBody(a.awardId());
        noTranches.remove("tranches");
        Procurement.post("/api/v1/contracts", noTranches).then().statusCode(400).body("errors.field", hasItem("tranches"));
        Map<String, Object> dollars = contractBody(a.awardId());
        dollars.put("amount", Map.of("amount", "4500000.00", "currency", "USD"));
        Procurement.post("/api/v1/contracts", dollars).then().statusCode(400);
        given().auth().oauth2(Tokens.ngo(a.ngoId())).contentType("application/json").body(contractBody(a.awardId()))
                .post("/api/v1/contracts").then().statusCode(403);
        given().contentType("application/json").body(contractBody(a.awardId())).post("/api/v1/contracts").then()
                .statusCode(401);
        assertEquals(before, contractRows(), "a refused contract wrote something");

        String id = given().auth().oauth2(Tokens.officer()).header("Idempotency-Key", "sign-" + a.awardId())
                .contentType("application/json").body(contractBody(a.awardId())).post("/api/v1/contracts").then()
                .statusCode(201).header("ETag", "\"0\"").body("status", equalTo("SIGNED"))
                .body("ngoId", equalTo(a.ngoId().toString())).body("callId", equalTo(a.callId()))
                .body("tranches.sequence", contains(1, 2, 3)).body("tranches.status", contains("PLANNED", "PLANNED", "PLANNED"))
                .body("amount.amount", equalTo(4500000.0f)).extract().path("id");
        given().auth().oauth2(Tokens.officer()).header("Idempotency-Key", "sign-" + a.awardId())
                .contentType("application/json").body(contractBody(a.awardId())).post("/api/v1/contracts").then()
                .statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo(id));
        Procurement.post("/api/v1/contracts", contractBody(a.awardId())).then().statusCode(409)
                .body("type", equalTo("/problems/contract-exists")).body("contractId", equalTo(id));
        assertEquals(1, Db.count("SELECT count(*) FROM contract WHERE award_id = ?::uuid", a.awardId()));

        JsonNode signed = conforming(TestKafka.events(TOPIC, id, "kz.civic.procurement.contract.signed.v1", 1).get(0));
        assertEquals(a.awardId(), signed.at("/data/awardId").asText());
        assertEquals("2026-12-31", signed.at("/data/periodEnd").asText());

        given().get("/api/v1/awards/" + a.awardId()).then().statusCode(200).body("contractId", equalTo(id));
        given().get("/api/v1/contracts?awardId=" + a.awardId()).then().statusCode(200).body("items.id", contains(id));
        given().get("/api/v1/contracts?ngoId=" + a.ngoId() + "&callId=" + a.callId()).then().statusCode(200)
                .body("items.id", contains(id));
        given().get("/api/v1/contracts?callId=not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("callId"));
        given().get("/api/v1/contracts/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/contracts/" + id + "/history").then().statusCode(200).body("items.action", contains("SIGNED"));
    }

    @Test
    void nothingIsPaidBeforeTheContractPeriodStarts() {
        Awarded a = awarded();
        LocalDate start = Times.today().plusDays(10);
        Map<String, Object> body = contractBody(a.awardId());
        body.put("periodStart", start.toString());
        body.put("periodEnd", start.plusMonths(12).toString());
        body.put("tranches", List.of(tranche(1, "2000000.00", start.toString()), tranche(2, "2500000.00",
                start.plusMonths(6).toString())));
        String id = Procurement.post("/api/v1/contracts", body).then().statusCode(201).extract().path("id");
        String etag = etag(id);
        long before = contractRows();
        pay(id, 1).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/contract-not-started")).body("periodStart", equalTo(start.toString()));
        assertEquals(before, contractRows(), "a refused payment wrote something");
        assertEquals(0, Db.count("SELECT count(*) FROM contract_tranche WHERE contract_id = ?::uuid AND status = 'PAID'", id));
        assertEquals(etag, etag(id), "the contract's version did not move");
    }

    @Test
    void tranchesArePaidInOrderEachAfterThePrecedingReportIsApprovedAndTheFinalReportCompletes() {
        Awarded a = awarded();
        String id = sign(a.awardId());
        pay(id, 2).then().statusCode(409).body("type", equalTo("/problems/tranche-out-of-order")).body("next", equalTo(1));
        given().auth().oauth2(Tokens.officer()).post("/api/v1/contracts/" + id + "/tranches/1/payment").then()
                .statusCode(428);
        given().auth().oauth2(Tokens.officer()).header("If-Match", "\"7\"")
                .post("/api/v1/contracts/" + id + "/tranches/1/payment").then().statusCode(412);
        pay(id, 4).then().statusCode(404);
        pay(id, 1).then().statusCode(200).header("ETag", "\"1\"").body("tranches[0].status", equalTo("PAID"));
        JsonNode paid = conforming(TestKafka.events(TOPIC, id, "kz.civic.procurement.tranche.paid.v1", 1).get(0));
        assertEquals(1, paid.at("/data/sequence").asInt());
        assertEquals(1, paid.at("/data/version").asInt());
        pay(id, 1).then().statusCode(409).body("type", equalTo("/problems/tranche-already-paid"));

        pay(id, 2).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/report-not-approved")).body("requiredReport.tranche", equalTo(1));
        assertEquals(0, Db.count("SELECT count(*) FROM contract_tranche WHERE contract_id = ?::uuid AND status = 'PAID' "
                + "AND sequence = 2", id));

        UUID other = RegistryEvents.ngo(Profile.active());
        submit(other, id, report("INTERIM", 1)).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.officer()).contentType("application/json").body(report("INTERIM", 1))
                .post("/api/v1/contracts/" + id + "/reports").then().statusCode(403);
        submit(a.ngoId(), id, report("INTERIM", 2)).then().statusCode(409).body("type", equalTo("/problems/tranche-not-paid"));
        submit(a.ngoId(), id, report("INTERIM", 3)).then().statusCode(422).body("type", equalTo("/problems/unknown-tranche"));
        submit(a.ngoId(), id, report("INTERIM", null)).then().statusCode(422)
                .body("type", equalTo("/problems/tranche-required"));
        submit(a.ngoId(), id, report("FINAL", null)).then().statusCode(409)
                .body("type", equalTo("/problems/tranches-outstanding"));
        Map<String, Object> noIndicators = report("INTERIM", 1);
        noIndicators.put("indicators", List.of());
        submit(a.ngoId(), id, noIndicators).then().statusCode(400).body("errors.field", hasItem("indicators"));
        assertEquals(0, Db.count("SELECT count(*) FROM contract_report WHERE contract_id = ?::uuid", id));

        String first = submit(a.ngoId(), id, report("INTERIM", 1)).then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("SUBMITTED")).body("indicators[0].achieved", equalTo(140)).extract().path("id");
        submit(a.ngoId(), id, report("INTERIM", 1)).then().statusCode(409).body("type", equalTo("/problems/duplicate-report"));
        review(id, first, "REJECTED", null).then().statusCode(422).body("type", equalTo("/problems/reason-required"))
                .body("errors[0].field", equalTo("reason"));
        review(id, first, "REJECTED", "   ").then().statusCode(422);
        assertEquals("SUBMITTED", Db.row("SELECT status FROM contract_report WHERE id = ?::uuid", first).get("status"));
        review(id, first, "REJECTED", "the attendance sheets are missing").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("reviewReason", equalTo("the attendance sheets are missing"));
        review(id, first, "APPROVED", null).then().statusCode(409).body("type", equalTo("/problems/illegal-transition"));
        pay(id, 2).then().statusCode(409).body("type", equalTo("/problems/report-not-approved"));

        String interim1 = approvedReport(a.ngoId(), id, "INTERIM", 1);
        JsonNode approved = conforming(TestKafka.events(TOPIC, id, "kz.civic.procurement.report.approved.v1", 1).get(0));
        assertEquals(interim1, approved.at("/data/id").asText());
        assertEquals("INTERIM", approved.at("/data/kind").asText());
        assertEquals(a.recommendationId().toString(), approved.at("/data/recommendationIds/0").asText());
        pay(id, 2).then().statusCode(200).body("tranches.status", contains("PAID", "PAID", "PLANNED"));
        approvedReport(a.ngoId(), id, "INTERIM", 2);
        pay(id, 3).then().statusCode(200).body("tranches.status", contains("PAID", "PAID", "PAID"));

        Map<String, Object> assessment = new LinkedHashMap<>(Map.of("reportId", interim1, "note",
                "Visited two workshops; attendance as reported", "qualityScore", 4));
        given().auth().oauth2(Tokens.officer()).contentType("application/json").body(assessment)
                .post("/api/v1/contracts/" + id + "/assessments").then().statusCode(201).body("qualityScore", equalTo(4));
        assessment.put("qualityScore", 6);
        given().auth().oauth2(Tokens.officer()).contentType("application/json").body(assessment)
                .post("/api/v1/contracts/" + id + "/assessments").then().statusCode(400);
        given().auth().oauth2(Tokens.officer()).contentType("application/json")
                .body(Map.of("reportId", UUID.randomUUID().toString(), "note", "x"))
                .post("/api/v1/contracts/" + id + "/assessments").then().statusCode(422)
                .body("type", equalTo("/problems/unknown-report"));
        given().auth().oauth2(Tokens.ngo(a.ngoId())).contentType("application/json").body(Map.of("note", "self-praise"))
                .post("/api/v1/contracts/" + id + "/assessments").then().statusCode(403);
        given().auth().oauth2(Tokens.ngo(a.ngoId())).get("/api/v1/contracts/" + id + "/assessments").then()
                .statusCode(200).body("items.qualityScore", contains(4));
        given().auth().oauth2(Tokens.ngo(other)).get("/api/v1/contracts/" + id + "/assessments").then().statusCode(403);
        given().get("/api/v1/contracts/" + id + "/assessments").then().statusCode(401);
        assertEquals(1, Db.count("SELECT count(*) FROM contract_assessment WHERE contract_id = ?::uuid", id));

        String fin = approvedReport(a.ngoId(), id, "FINAL", null);
        given().get("/api/v1/contracts/" + id).then().statusCode(200).body("status", equalTo("COMPLETED"));
        JsonNode completed = conforming(TestKafka.events(TOPIC, id, "kz.civic.procurement.report.approved.v1", 3).get(2));
        assertEquals(fin, completed.at("/data/id").asText());
        assertEquals("FINAL", completed.at("/data/kind").asText());
        pay(id, 3).then().statusCode(409).body("type", equalTo("/problems/contract-not-active"));
        given().get("/api/v1/contracts/" + id + "/reports?limit=2").then().statusCode(200).body("items.size()", equalTo(2))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        given().get("/api/v1/contracts/" + id + "/reports/" + fin).then().statusCode(200).body("tranche", nullValue())
                .body("narrative", equalTo("Провели 12 мастерских для 140 участников"));
        given().get("/api/v1/contracts/" + id + "/history").then().statusCode(200).body("items.action", contains("SIGNED",
                "TRANCHE_PAID", "REPORT_SUBMITTED", "REPORT_REJECTED", "REPORT_SUBMITTED", "REPORT_APPROVED", "TRANCHE_PAID",
                "REPORT_SUBMITTED", "REPORT_APPROVED", "TRANCHE_PAID", "REPORT_SUBMITTED", "REPORT_APPROVED", "COMPLETED"));
        assertEquals(3, Db.count("SELECT count(*) FROM outbox_event WHERE topic = ? AND record_key = ? "
                + "AND event_type = 'kz.civic.procurement.tranche.paid.v1'", TOPIC, id));
    }

    @Test
    void eligibilityIsCheckedAgainBeforeAPaymentAndAFailureNamesTheRulesAndPaysNothing() {
        Awarded a = awarded();
        String id = sign(a.awardId());
        String suspension = UUID.randomUUID().toString();
        RegistryEvents.sendNgoEvent(a.ngoId(), suspension, RegistryEvents.ngoStatusChanged(suspension, a.ngoId(), 2,
                "ACTIVE", "SUSPENDED"));
        pay(id, 1).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/ineligible"))
                .body("rules.findAll { !it.passed }.rule", contains("NGO_ACTIVE"));
        assertEquals(0, Db.count("SELECT count(*) FROM contract_tranche WHERE contract_id = ?::uuid AND status = 'PAID'", id));
        assertEquals(0, Db.count("SELECT count(*) FROM outbox_event WHERE record_key = ? "
                + "AND event_type = 'kz.civic.procurement.tranche.paid.v1'", id));
        given().get("/api/v1/contracts/" + id).then().statusCode(200).header("ETag", "\"0\"");

        String reinstatement = UUID.randomUUID().toString();
        RegistryEvents.sendNgoEvent(a.ngoId(), reinstatement, RegistryEvents.ngoStatusChanged(reinstatement, a.ngoId(), 3,
                "SUSPENDED", "ACTIVE"));
        pay(id, 1).then().statusCode(200).body("tranches[0].status", equalTo("PAID"));
    }

    @Test
    void concurrentPaymentsOfOneTranchePayItOnce() throws Exception {
        Awarded a = awarded();
        String id = sign(a.awardId());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> payments = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                payments.add(() -> given().auth().oauth2(Tokens.officer()).header("If-Match", "*")
                        .post("/api/v1/contracts/" + id + "/tranches/1/payment").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(payments)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Db.count("SELECT count(*) FROM outbox_event WHERE record_key = ? "
                + "AND event_type = 'kz.civic.procurement.tranche.paid.v1'", id));
        assertEquals(1, Db.count("SELECT count(*) FROM contract_history WHERE contract_id = ?::uuid "
                + "AND action = 'TRANCHE_PAID'", id));
    }

    @Test
    void aContractIsTerminatedWithAReasonAndOnlyOnce() {
        Awarded a = awarded();
        String id = sign(a.awardId());
        Response noReason = given().auth().oauth2(Tokens.officer()).header("If-Match", "\"0\"")
                .contentType("application/json").body(Map.of("to", "TERMINATED"))
                .post("/api/v1/contracts/" + id + "/status-changes");
        noReason.then().statusCode(422).body("type", equalTo("/problems/reason-required"));
        given().auth().oauth2(Tokens.officer()).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("to", "COMPLETED")).post("/api/v1/contracts/" + id + "/status-changes").then()
                .statusCode(409).body("type", equalTo("/problems/completed-by-final-report"));
        given().auth().oauth2(Tokens.officer()).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("to", "FINISHED")).post("/api/v1/contracts/" + id + "/status-changes").then().statusCode(400);
        given().auth().oauth2(Tokens.officer()).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("to", "TERMINATED", "reason", "the NGO stopped the project"))
                .post("/api/v1/contracts/" + id + "/status-changes").then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("TERMINATED")).body("terminationReason", equalTo("the NGO stopped the project"));
        given().auth().oauth2(Tokens.officer()).header("If-Match", "\"1\"").contentType("application/json")
                .body(Map.of("to", "TERMINATED", "reason", "again")).post("/api/v1/contracts/" + id + "/status-changes")
                .then().statusCode(409).body("type", equalTo("/problems/illegal-transition"));
        pay(id, 1).then().statusCode(409).body("type", equalTo("/problems/contract-not-active"));
        submit(a.ngoId(), id, report("INTERIM", 1)).then().statusCode(409)
                .body("type", equalTo("/problems/contract-not-active"));
        given().get("/api/v1/contracts/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("SIGNED", "TERMINATED"))
                .body("items[1].detail", equalTo("the NGO stopped the project"));
        String next = given().get("/api/v1/contracts/" + id + "/history?limit=1").then().statusCode(200)
                .body("items.action", contains("SIGNED")).extract().path("nextCursor");
        given().get("/api/v1/contracts/" + id + "/history?limit=1&cursor=" + next).then().statusCode(200)
                .body("items.action", contains("TERMINATED")).body("nextCursor", nullValue());
        given().get("/api/v1/contracts/" + id + "/history?cursor=bogus").then().statusCode(400);
    }
}
