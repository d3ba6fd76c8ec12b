package kz.civic.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole funding cycle through the gateway, across registry-service and procurement-service: an
 * NGO registered, activated and reporting in the register becomes eligible in procurement's replica
 * (built from registry events only), applies to a grant call, is scored and awarded, signs a
 * contract and is paid tranche by tranche as its reports are approved.
 */
class FundingCycleFlowIT extends StackIT {

    private static final LocalDate TODAY = MatrixFixtures.TODAY;
    /** The NGO-Database report that must be on file today (procurement's rule REPORT_FILED). */
    private static final int REPORT_YEAR = MatrixFixtures.REPORT_YEAR;

    @Test
    void anNgoIsFundedFromApplicationToFinalReport() {
        String officer = token("procurement-officer");

        // registry: a ministry (the plan's customer) and an NGO, activated, with its report filed
        Answer body = post("/api/v1/government-bodies", token("admin"), json(Map.of("bin", MatrixFixtures.bin(),
                "names", Map.of("ru", "Министерство информации и общественного развития", "kk", "Ақпарат министрлігі"),
                "level", "CENTRAL", "kind", "MINISTRY")));
        assertEquals(201, body.status(), () -> "government body: " + body.body());
        String customer = body.body().get("id").asText();

        Map<String, Object> ngo = new LinkedHashMap<>();
        ngo.put("bin", MatrixFixtures.bin());
        ngo.put("names", Map.of("ru", "Фонд «Бірге»", "kk", "«Бірге» қоры"));
        ngo.put("legalForm", "PUBLIC_FOUNDATION");
        ngo.put("regionCode", "KZ-75");
        ngo.put("registrationDate", "2020-01-15");
        ngo.put("spheres", List.of("SUPPORT_FOR_VULNERABLE_GROUPS"));
        Answer registered = post("/api/v1/ngos", token("registrar"), json(ngo));
        assertEquals(201, registered.status(), () -> "registration: " + registered.body());
        String ngoId = registered.body().get("id").asText();
        String ngoToken = tokens.mint("e2e-ngo-" + ngoId, "ngo", Map.of("ngoId", ngoId), Duration.ofHours(1));
        expect(200, withIfMatch("/api/v1/ngos/" + ngoId + "/status-changes", token("registrar"), etag(registered),
                json(Map.of("to", "ACTIVE", "reason", "documents checked"))), "activation");
        expect(201, post("/api/v1/ngos/" + ngoId + "/reports", ngoToken, "{\"year\": " + REPORT_YEAR + ", \"content\": "
                + MatrixFixtures.reportContent() + "}"), "NGO-Database report");
        long registryVersion = get("/api/v1/ngos/" + ngoId).body().get("version").asLong();

        // procurement's replica catches up from registry.ngos alone
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            Answer replica = get("/api/v1/procurement/ngos/" + ngoId);
            assertEquals(200, replica.status());
            assertEquals("ACTIVE", replica.body().get("status").asText());
            assertTrue(replica.body().get("reportedYears").toString().contains(Integer.toString(REPORT_YEAR)));
            assertEquals(registryVersion, replica.body().get("sourceVersion").asLong());
        });

        // a funding plan (its customer known from registry.government-bodies), approved, and a grant call
        Map<String, Object> plan = Map.of("year", 2026, "instrument", "STATE_GRANT", "level", "CENTRAL",
                "customerId", customer, "budget", money("100000000.00"), "title", Map.of("ru", "Гранты 2026"));
        String[] planId = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            Answer created = post("/api/v1/funding-plans", officer, json(plan));
            assertEquals(201, created.status(), () -> "plan: " + created.body());
            planId[0] = created.body().get("id").asText();
        });
        expect(200, withIfMatch("/api/v1/funding-plans/" + planId[0] + "/approval", officer, "\"0\"", ""), "approval");

        Map<String, Object> call = new LinkedHashMap<>();
        call.put("planId", planId[0]);
        call.put("title", Map.of("ru", "Поддержка уязвимых групп"));
        call.put("spheres", List.of("SUPPORT_FOR_VULNERABLE_GROUPS"));
        call.put("regionCode", "KZ-75");
        call.put("amount", money("20000000.00"));
        call.put("grantBand", "SHORT_TERM");
        call.put("durationMonths", 9);
        call.put("applicationWindow", Map.of("opensOn", TODAY.toString(), "closesOn", TODAY.plusDays(21).toString()));
        call.put("criteria", List.of(Map.of("code", "RELEVANCE", "name", Map.of("ru", "Актуальность"), "weight", 60),
                Map.of("code", "BUDGET", "name", Map.of("ru", "Бюджет"), "weight", 40)));
        call.put("recommendationIds", List.of());
        Answer createdCall = expect(201, post("/api/v1/calls", officer, json(call)), "call");
        String callId = createdCall.body().get("id").asText();
        String callTag = etag(createdCall);
        callTag = etag(expect(200, moveCall(callId, officer, callTag, "ANNOUNCED"), "announce"));
        callTag = etag(expect(200, moveCall(callId, officer, callTag, "OPEN"), "open"));

        // the NGO applies and is eligible on every rule
        Answer applied = expect(201, post("/api/v1/applications", ngoToken, json(Map.of("callId", callId, "ngoId", ngoId,
                "projectTitle", "Инклюзивные мастерские", "projectDescription", "Мастерские для людей с инвалидностью",
                "language", "ru", "requestedAmount", money("5000000.00")))), "application");
        String applicationId = applied.body().get("id").asText();
        for (JsonNode rule : applied.body().get("eligibility")) {
            assertTrue(rule.get("passed").asBoolean(), () -> "rule failed: " + rule);
        }

        // the commission scores, the officer closes the review and awards
        expect(201, post("/api/v1/calls/" + callId + "/commission-members", officer,
                json(Map.of("memberId", "e2e-member-1", "iin", MatrixFixtures.iin()))), "seat");
        callTag = etag(expect(200, moveCall(callId, officer, callTag, "UNDER_REVIEW"), "review"));
        String member = tokens.mint("e2e-member-1", "commission-member", Map.of(), Duration.ofHours(1));
        expect(201, post("/api/v1/applications/" + applicationId + "/scores", member, json(Map.of("scores", List.of(
                Map.of("criterion", "RELEVANCE", "value", 80), Map.of("criterion", "BUDGET", "value", 70))))), "scores");
        Answer ranking = send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/calls/" + callId + "/ranking"))
                .header("Authorization", "Bearer " + officer).GET());
        assertEquals(200, ranking.status(), () -> "ranking: " + ranking.body());
        assertEquals(applicationId, ranking.body().at("/items/0/applicationId").asText());
        assertEquals(1, ranking.body().at("/items/0/rank").asInt());
        Answer award = expect(201, post("/api/v1/calls/" + callId + "/awards", officer, json(Map.of("applicationId",
                applicationId, "amount", money("4500000.00")))), "award");
        String awardId = award.body().get("id").asText();
        assertEquals("AWARDED", moveCall(callId, officer, callTag, "AWARDED").body().get("status").asText());

        // the contract: 4,500,000 KZT in two tranches
        // the period starts today: no tranche is paid before it starts
        LocalDate start = TODAY;
        Answer contract = expect(201, post("/api/v1/contracts", officer, json(Map.of("awardId", awardId,
                "amount", money("4500000.00"), "periodStart", start.toString(), "periodEnd", start.plusMonths(9).toString(),
                "tranches", List.of(Map.of("sequence", 1, "amount", money("3000000.00"), "plannedOn", start.toString()),
                        Map.of("sequence", 2, "amount", money("1500000.00"), "plannedOn", start.plusMonths(5).toString()))))),
                "contract");
        String contractId = contract.body().get("id").asText();
        assertEquals("SIGNED", contract.body().get("status").asText());
        assertEquals(contractId, get("/api/v1/awards/" + awardId).body().get("contractId").asText());
        String contractPath = "/api/v1/contracts/" + contractId;

        // tranche 1 at once; tranche 2 only after interim report 1 is approved
        Answer first = expect(200, withIfMatch(contractPath + "/tranches/1/payment", officer, etag(contract), ""), "tranche 1");
        assertEquals("PAID", first.body().at("/tranches/0/status").asText());
        Answer early = withIfMatch(contractPath + "/tranches/2/payment", officer, etag(first), "");
        assertEquals(409, early.status(), () -> "tranche 2 before the report: " + early.body());
        assertEquals("/problems/report-not-approved", early.body().get("type").asText());

        String interim = approvedReport(contractPath, ngoToken, officer, Map.of("kind", "INTERIM", "tranche", 1));
        Answer second = expect(200, withIfMatch(contractPath + "/tranches/2/payment", officer, etag(get(contractPath)), ""),
                "tranche 2");
        assertEquals("PAID", second.body().at("/tranches/1/status").asText());

        String fin = approvedReport(contractPath, ngoToken, officer, Map.of("kind", "FINAL"));
        Answer done = get(contractPath);
        assertEquals("COMPLETED", done.body().get("status").asText());
        List<String> actions = new ArrayList<>();
        get(contractPath + "/history").body().get("items").forEach(step -> actions.add(step.get("action").asText()));
        assertEquals(List.of("SIGNED", "TRANCHE_PAID", "REPORT_SUBMITTED", "REPORT_APPROVED", "TRANCHE_PAID",
                "REPORT_SUBMITTED", "REPORT_APPROVED", "COMPLETED"), actions);
        List<String> reports = new ArrayList<>();
        get(contractPath + "/reports").body().get("items").forEach(r -> reports.add(r.get("id").asText()));
        assertTrue(reports.containsAll(List.of(interim, fin)), "both reports are public: " + reports);
    }

    private static String approvedReport(String contractPath, String ngoToken, String officer, Map<String, Object> kind) {
        Map<String, Object> report = new LinkedHashMap<>(kind);
        report.put("narrative", "Провели мастерские для 140 участников");
        report.put("indicators", List.of(Map.of("name", "Участники", "unit", "persons", "target", 120, "achieved", 140)));
        Answer submitted = expect(201, post(contractPath + "/reports", ngoToken, json(report)), kind + " report");
        String id = submitted.body().get("id").asText();
        Answer approved = expect(200, withIfMatch(contractPath + "/reports/" + id + "/status-changes", officer,
                etag(submitted), json(Map.of("to", "APPROVED"))), kind + " approval");
        assertEquals("APPROVED", approved.body().get("status").asText());
        return id;
    }

    private static Answer moveCall(String callId, String officer, String etag, String to) {
        return withIfMatch("/api/v1/calls/" + callId + "/status-changes", officer, etag,
                json(Map.of("to", to, "reason", "e2e")));
    }

    private static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "KZT");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
