package kz.civic.procurement.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.procurement.eligibility.Rule;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The demo loaded by the background loader once the replicas (filled here directly, as the registry's and
 * forum's events would) hold NGOs, government bodies and recommendations: its figures, refusals explained by
 * the eligibility rules, awards within budgets, contracts with paid tranches and approved reports, the events in
 * the outbox; the same content on a second load
 * into an empty database, and nothing loaded when it is there.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement_demo"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataTest {

    static final List<String> REGIONS = List.of("KZ-75", "KZ-35", "KZ-71");
    static final List<String> SPHERES = List.of("SUPPORT_FOR_VULNERABLE_GROUPS", "FAMILY_DEMOGRAPHY_GENDER",
            "ORPHANS_AND_FAMILIES_WITH_CHILDREN", "EDUCATION_SCIENCE_INFORMATION_SPORTS", "PROTECTION_OF_RIGHTS",
            "HEALTH_AND_HEALTHY_LIFESTYLE", "ENVIRONMENTAL_PROTECTION", "CULTURE_AND_ART");
    static final Map<DemoScript.Misfit, Rule> FAILS = Map.of(DemoScript.Misfit.SUSPENDED, Rule.NGO_ACTIVE,
            DemoScript.Misfit.NO_REPORT, Rule.REPORT_FILED, DemoScript.Misfit.INELIGIBLE_FORM, Rule.LEGAL_FORM_ELIGIBLE,
            DemoScript.Misfit.OTHER_REGION, Rule.REGION_MATCH, DemoScript.Misfit.OTHER_SPHERE, Rule.SPHERE_MATCH,
            DemoScript.Misfit.OVER_AMOUNT, Rule.AMOUNT_IN_BAND, DemoScript.Misfit.INSTITUTIONAL_SHARE, Rule.INSTITUTIONAL_SHARE);
    static String firstDigest;

    @Inject
    DataSource dataSource;
    @Inject
    DemoDataLoader loader;

    @Test
    @Order(1)
    void loadsInTheBackgroundOnceTheReplicasAreFilled() throws SQLException {
        assertFalse(loader.loaded());
        fillReplicas();
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(loader::loaded);

        assertEquals(10, count("SELECT count(*) FROM funding_plan WHERE status = 'APPROVED'"));
        for (int year : DemoScript.YEARS) {
            assertEquals(3, count("SELECT count(*) FROM funding_plan WHERE year = " + year + " AND level = 'CENTRAL'"));
            assertEquals(2, count("SELECT count(*) FROM funding_plan WHERE year = " + year + " AND level = 'REGIONAL'"));
        }
        assertEquals(0, count("SELECT count(*) FROM funding_plan WHERE customer_body_id NOT IN "
                + "(SELECT id FROM government_body_replica)"));
        assertEquals(Map.of("STATE_SOCIAL_ORDER", 8L, "STATE_GRANT", 4L, "NGO_AWARD", 2L), groups("""
                SELECT p.instrument, count(*) FROM funding_call c JOIN funding_plan p ON p.id = c.plan_id GROUP BY 1"""));
        assertEquals(Map.of("CLOSED", 6L, "FAILED", 1L, "AWARDED", 5L, "OPEN", 1L, "UNDER_REVIEW", 1L),
                groups("SELECT status, count(*) FROM funding_call GROUP BY 1"));
        assertEquals("Karaganda: ecology", text("SELECT c.title_en FROM funding_call c WHERE status = 'FAILED'"));
        assertEquals(0, count("SELECT count(*) FROM application a JOIN funding_call c ON c.id = a.call_id WHERE c.status = 'FAILED'"));
        // the plan's calls within its budget, the call's awards within the call's amount
        assertEquals(0, count("""
                SELECT count(*) FROM funding_plan p WHERE p.budget_kzt < (SELECT sum(amount_kzt) FROM funding_call c
                 WHERE c.plan_id = p.id)"""));
        assertEquals(0, count("""
                SELECT count(*) FROM funding_call c WHERE c.amount_kzt < (SELECT coalesce(sum(amount_kzt), 0) FROM award a
                 WHERE a.call_id = c.id)"""));
        assertTrue(count("SELECT count(*) FROM award") >= 30);
        assertEquals(0, count("SELECT count(*) FROM funding_call c WHERE c.status IN ('AWARDED', 'CLOSED') AND NOT EXISTS "
                + "(SELECT 1 FROM award a WHERE a.call_id = c.id)"));
        assertEquals(0, count("SELECT count(*) FROM award WHERE call_id IN (SELECT id FROM funding_call WHERE status IN "
                + "('OPEN', 'UNDER_REVIEW'))"));

        // every stored application passed every rule (the service refuses the others)
        assertEquals(87, count("SELECT count(*) FROM application"));
        assertEquals(0, count("""
                SELECT count(*) FROM application a, jsonb_array_elements(a.eligibility) r WHERE (r ->> 'passed')::boolean = false"""));
        assertEquals(87 * 7, count("SELECT sum(jsonb_array_length(eligibility)) FROM application"));

        // scored by the commission; a member with a conflict in a call scores nothing in it (recused from the whole call)
        assertTrue(count("SELECT count(*) FROM score") >= 500);
        assertTrue(count("SELECT count(*) FROM recusal WHERE source = 'DECLARED'") >= 10);
        assertEquals(0, count("SELECT count(*) FROM recusal r JOIN application ra ON ra.id = r.application_id "
                + "JOIN application sa ON sa.call_id = ra.call_id JOIN score s ON s.application_id = sa.id "
                + "AND s.member_id = r.member_id"));
        assertEquals(0, count("SELECT count(*) FROM score s JOIN application a ON a.id = s.application_id JOIN funding_call c "
                + "ON c.id = a.call_id WHERE NOT EXISTS (SELECT 1 FROM commission_member m WHERE m.call_id = c.id "
                + "AND m.member_id = s.member_id)"));

        // linked to forum's recommendations known to the replica
        assertEquals(2, count("SELECT cardinality(recommendation_ids) FROM funding_call WHERE title_en = "
                + "'Support for vulnerable groups' LIMIT 1"));
        assertEquals(0, count("SELECT count(*) FROM funding_call c, unnest(c.recommendation_ids) r WHERE r NOT IN "
                + "(SELECT id FROM recommendation_replica)"));

        // a contract per award; finished calls' contracts completed, paid in full, final report approved
        assertEquals(count("SELECT count(*) FROM award"), count("SELECT count(*) FROM contract"));
        assertEquals(count("SELECT count(*) FROM award w JOIN funding_call c ON c.id = w.call_id WHERE c.status = 'CLOSED'"),
                count("SELECT count(*) FROM contract WHERE status = 'COMPLETED'"));
        assertEquals(0, count("""
                SELECT count(*) FROM contract k JOIN funding_call c ON c.id = k.call_id WHERE c.status = 'CLOSED' AND
                 (k.status <> 'COMPLETED' OR k.amount_kzt <> (SELECT sum(amount_kzt) FROM contract_tranche t
                  WHERE t.contract_id = k.id AND t.status = 'PAID'))"""));
        assertEquals(0, count("""
                SELECT count(*) FROM contract k WHERE k.amount_kzt > (SELECT amount_kzt FROM award w WHERE w.id = k.award_id)"""));
        // tranche k + 1 paid only after interim report k was approved
        assertEquals(0, count("""
                SELECT count(*) FROM contract_tranche t WHERE t.status = 'PAID' AND t.sequence > 1 AND NOT EXISTS
                 (SELECT 1 FROM contract_report r WHERE r.contract_id = t.contract_id AND r.kind = 'INTERIM'
                  AND r.tranche = t.sequence - 1 AND r.status = 'APPROVED')"""));
        assertTrue(count("SELECT count(*) FROM contract_report WHERE kind = 'FINAL' AND status = 'SUBMITTED'") > 0,
                "running contracts have final reports in review");
        assertEquals(count("SELECT count(*) FROM contract WHERE status = 'COMPLETED'"),
                count("SELECT count(*) FROM contract_assessment WHERE quality_score BETWEEN 3 AND 5"));

        // the services' events
        assertEquals(10, count("SELECT count(*) FROM outbox_event WHERE event_type = 'kz.civic.procurement.funding-plan.approved.v1'"));
        assertEquals(14, count("SELECT count(*) FROM outbox_event WHERE event_type = 'kz.civic.procurement.call.announced.v1'"));
        assertEquals(87, count("SELECT count(*) FROM outbox_event WHERE event_type = 'kz.civic.procurement.application.submitted.v1'"));
        assertEquals(count("SELECT count(*) FROM award"),
                count("SELECT count(*) FROM outbox_event WHERE event_type = 'kz.civic.procurement.award.decided.v1'"));
        assertEquals(count("SELECT count(*) FROM contract"),
                count("SELECT count(*) FROM outbox_event WHERE event_type = 'kz.civic.procurement.contract.signed.v1'"));
        assertEquals(count("SELECT count(*) FROM contract_tranche WHERE status = 'PAID'"),
                count("SELECT count(*) FROM outbox_event WHERE event_type = 'kz.civic.procurement.tranche.paid.v1'"));
        assertEquals(count("SELECT count(*) FROM contract_report WHERE status = 'APPROVED'"),
                count("SELECT count(*) FROM outbox_event WHERE event_type = 'kz.civic.procurement.report.approved.v1'"));

        storyDates();
        firstDigest = digest();
    }

    @Test
    @Order(2)
    void refusalsCarryTheirFailingRuleAndLoadingAgainIntoAnEmptyDatabaseGivesTheSameDemo() throws SQLException {
        wipe();
        fillReplicas();
        DemoResult result = loader.load();
        assertTrue(result.loaded());
        assertEquals(87L, result.counts().get("applications"));
        assertEquals(firstDigest, digest(), "the same replicas give the same demo");

        List<DemoScript.Call> calls = DemoScript.calls(DemoScript.plans());
        int misfits = calls.stream().mapToInt(c -> c.misfits().size()).sum();
        assertEquals(misfits, result.refusals().size());
        assertEquals((long) misfits, result.counts().get("refused"));
        assertEquals(0L, result.counts().get("misfitsWithoutCandidate"));
        for (DemoScript.Call c : calls) {
            List<DemoResult.Refusal> of = result.refusals().stream().filter(r -> r.call().equals(c.key())).toList();
            assertEquals(c.misfits().size(), of.size(), c.key());
            for (int i = 0; i < of.size(); i++) {
                assertEquals(List.of(FAILS.get(c.misfits().get(i))), of.get(i).failed().stream().map(f -> f.rule()).toList(),
                        c.key() + " " + c.misfits().get(i));
                assertFalse(of.get(i).failed().get(0).reason().isBlank());
                assertEquals(0, count("SELECT count(*) FROM application WHERE ngo_id = '" + of.get(i).ngoId()
                        + "' AND call_id = '" + of.get(i).callId() + "'"), "a refused application is not stored");
            }
        }
    }

    @Test
    @Order(3)
    void aSecondLoadLoadsNothing() throws SQLException {
        long plans = count("SELECT count(*) FROM funding_plan");
        long events = count("SELECT count(*) FROM outbox_event");
        DemoResult again = loader.load();
        assertFalse(again.loaded());
        assertEquals(plans, count("SELECT count(*) FROM funding_plan"));
        assertEquals(events, count("SELECT count(*) FROM outbox_event"));
    }

    /**
     * What the demo records is dated on its story's timeline (2024-2025 funding plans), not at load time: calls move,
     * awards are decided after the evaluation, contracts are signed after their award and before their period,
     * tranches are paid on their planned dates, and the 360Giving grants are awarded in their plan's year, before
     * their planned dates.
     */
    private void storyDates() throws SQLException {
        String almaty = " AT TIME ZONE 'Asia/Almaty')::date";
        assertEquals(0, count("SELECT count(*) FROM funding_call_status_change WHERE changed_at > now() - interval '1 day'"));
        assertEquals(0, count("SELECT count(*) FROM award WHERE decided_at > now() - interval '1 day'"));
        assertEquals(0, count("SELECT count(*) FROM award w JOIN funding_call c ON c.id = w.call_id WHERE (w.decided_at"
                + almaty + " <> c.evaluation_due_on"));
        assertEquals(0, count("SELECT count(*) FROM contract k JOIN award w ON w.id = k.award_id WHERE NOT (w.decided_at < "
                + "k.signed_at AND (k.signed_at" + almaty + " < k.period_start)"));
        assertEquals(0, count("SELECT count(*) FROM contract_tranche WHERE status = 'PAID' AND (paid_at" + almaty
                + " <> planned_on"));
        assertEquals(0, count("SELECT count(*) FROM contract_report r JOIN contract_tranche t ON t.contract_id = "
                + "r.contract_id AND t.sequence = 1 WHERE r.submitted_at < t.paid_at"));
        List<Object> grants = new ArrayList<>();
        String cursor = null;
        do {
            io.restassured.response.Response page = io.restassured.RestAssured.given().queryParam("limit", 200)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor)).get("/api/v1/open-data/360giving");
            assertEquals(200, page.statusCode(), page.asString());
            grants.addAll(page.jsonPath().getList("grants"));
            cursor = page.jsonPath().getString("links.next") == null ? null
                    : java.net.URI.create(page.jsonPath().getString("links.next")).getQuery().replaceAll(".*cursor=([^&]*).*", "$1");
        } while (cursor != null);
        assertTrue(grants.size() > 10, "grants: " + grants.size());
        for (Object g : grants) {
            Map<?, ?> grant = (Map<?, ?>) g;
            java.time.OffsetDateTime awarded = java.time.OffsetDateTime.parse((String) grant.get("awardDate"));
            assertTrue(List.of(2024, 2025).contains(awarded.getYear()), "awarded in the story: " + grant);
            for (Object planned : (List<?>) grant.get("plannedDates")) {
                String start = (String) ((Map<?, ?>) planned).get("startDate");
                assertTrue(awarded.toLocalDate().isBefore(java.time.LocalDate.parse(start.substring(0, 10))),
                        "awarded before the planned dates: " + grant);
            }
        }
    }

    /** A replica as the registry's and forum's events build it: 17 NGOs per region and sphere, bodies, recommendations. */
    private void fillReplicas() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO ngo_replica (ngo_id, bin, name_kk, name_ru, name_en, legal_form, eligible_for_state_ngo_funding,
                      region_code, status, source_version, last_event_id, updated_at, spheres, last_report_year)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, now(), ?, ?)""")) {
                int serial = 0;
                for (String region : REGIONS) {
                    for (String sphere : SPHERES) {
                        for (int i = 0; i < 17; i++) {
                            serial++;
                            String status = i == 15 ? "SUSPENDED" : "ACTIVE";
                            String form = i == 16 ? "RELIGIOUS_ASSOCIATION" : "PUBLIC_ASSOCIATION";
                            UUID id = UUID.nameUUIDFromBytes(("test-ngo:" + serial).getBytes(StandardCharsets.UTF_8));
                            s.setObject(1, id);
                            s.setString(2, String.format("%012d", 100_000_000_000L + serial));
                            s.setString(3, "Қоғамдық бірлестік №" + serial);
                            s.setString(4, "Общественное объединение №" + serial);
                            s.setString(5, "Public association no. " + serial);
                            s.setString(6, form);
                            s.setBoolean(7, i != 16);
                            s.setString(8, region);
                            s.setString(9, status);
                            s.setString(10, "event-" + serial);
                            s.setArray(11, c.createArrayOf("text", new String[] {sphere}));
                            if (i == 14) {
                                s.setNull(12, java.sql.Types.INTEGER);
                            } else {
                                s.setInt(12, 2022);
                            }
                            s.addBatch();
                        }
                    }
                }
                s.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("""
                        INSERT INTO government_body_replica (id, name_ru, level, kind, region_code, source_version, last_event_id,
                          updated_at) VALUES
                        ('23fe81b5-7eb6-507c-ab06-26ea4ec31ab6', 'Комитет по делам гражданского общества', 'CENTRAL', 'COMMITTEE', NULL, 1, 'b1', now()),
                        ('fdd5de77-7325-540d-9ab7-f01ee377bb4d', 'Центр поддержки гражданских инициатив', 'CENTRAL', 'GRANT_OPERATOR', NULL, 1, 'b2', now()),
                        ('b50310c4-84e2-544e-947c-466cce71ce54', 'Министерство культуры и информации', 'CENTRAL', 'MINISTRY', NULL, 1, 'b3', now()),
                        ('fd32363b-45d2-591f-8043-c6840518be67', 'Управление внутренней политики г. Алматы', 'LOCAL', 'AKIMAT_DEPARTMENT', 'KZ-75', 1, 'b4', now())""");
                // Karaganda's department is missing: its plans go to the first local body of KZ-35
                s.execute("""
                        INSERT INTO government_body_replica (id, name_ru, level, kind, region_code, source_version, last_event_id,
                          updated_at) VALUES
                        ('3797a725-e4b8-5123-86e7-d4c3f54f8765', 'Акимат Карагандинской области', 'LOCAL', 'AKIMAT', 'KZ-35', 1, 'b5', now())""");
                for (int i = 0; i < 6; i++) {
                    String sphere = i < 3 ? "SUPPORT_FOR_VULNERABLE_GROUPS" : "PROTECTION_OF_RIGHTS";
                    s.execute("INSERT INTO recommendation_replica (id, status, region_code, spheres, source_version, last_event_id,"
                            + " updated_at) VALUES ('" + UUID.nameUUIDFromBytes(("test-rec:" + i).getBytes(StandardCharsets.UTF_8))
                            + "', '" + (i == 0 ? "DECLINED" : "ACCEPTED") + "', NULL, ARRAY['" + sphere + "'], 1, 'r" + i
                            + "', now())");
                }
            }
        }
    }

    private void wipe() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE funding_plan, ngo_replica, government_body_replica, recommendation_replica CASCADE");
            s.execute("DELETE FROM outbox_event");
        }
    }

    /** The demo's content without ids and clock times. */
    private String digest() throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String sql : List.of(
                "SELECT year, instrument, level, customer_body_id, region_code, budget_kzt, status, title_en FROM funding_plan",
                "SELECT p.title_en, c.title_en, c.status, c.amount_kzt, c.region_code, c.spheres, c.recommendation_ids, "
                        + "c.grant_band, c.window_opens_on, c.compliance_due_on FROM funding_call c JOIN funding_plan p ON p.id = c.plan_id",
                "SELECT p.title_en, c.title_en, a.ngo_id, a.requested_kzt, a.institutional_kzt, a.language, a.project_title, "
                        + "a.eligibility FROM application a JOIN funding_call c ON c.id = a.call_id JOIN funding_plan p ON p.id = c.plan_id",
                "SELECT p.title_en, a.ngo_id, s.member_id, s.criterion, s.value FROM score s JOIN application a ON a.id = "
                        + "s.application_id JOIN funding_call c ON c.id = a.call_id JOIN funding_plan p ON p.id = c.plan_id",
                "SELECT p.title_en, a.ngo_id, r.member_id, r.source, r.reason FROM recusal r JOIN application a ON a.id = "
                        + "r.application_id JOIN funding_call c ON c.id = a.call_id JOIN funding_plan p ON p.id = c.plan_id",
                "SELECT p.title_en, c.title_en, w.ngo_id, w.amount_kzt, (w.decided_at AT TIME ZONE 'Asia/Almaty')::date "
                        + "FROM award w JOIN funding_call c ON c.id = w.call_id JOIN funding_plan p ON p.id = c.plan_id",
                "SELECT p.title_en, k.ngo_id, k.amount_kzt, k.period_start, k.period_end, k.status FROM contract k "
                        + "JOIN funding_call c ON c.id = k.call_id JOIN funding_plan p ON p.id = c.plan_id",
                "SELECT p.title_en, k.ngo_id, t.sequence, t.amount_kzt, t.planned_on, t.status FROM contract_tranche t "
                        + "JOIN contract k ON k.id = t.contract_id JOIN funding_call c ON c.id = k.call_id "
                        + "JOIN funding_plan p ON p.id = c.plan_id",
                "SELECT p.title_en, k.ngo_id, r.kind, r.tranche, r.narrative, r.indicators, r.status FROM contract_report r "
                        + "JOIN contract k ON k.id = r.contract_id JOIN funding_call c ON c.id = k.call_id "
                        + "JOIN funding_plan p ON p.id = c.plan_id",
                "SELECT p.title_en, c.title_en, h.from_status, h.to_status, h.reason FROM funding_call_status_change h "
                        + "JOIN funding_call c ON c.id = h.call_id JOIN funding_plan p ON p.id = c.plan_id")) {
            parts.addAll(rows(sql));
        }
        return String.join("\n", parts);
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                rows.add(b.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private Map<String, Long> groups(String sql) throws SQLException {
        Map<String, Long> m = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getLong(2));
            }
        }
        return m;
    }
}
