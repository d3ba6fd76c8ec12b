package kz.civic.forum.demo;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.civic.forum.Addressee;
import kz.civic.forum.AddresseeType;
import kz.civic.forum.CivilSocietyAssessment;
import kz.civic.forum.GovernmentResponse;
import kz.civic.forum.ImplementationRating;
import kz.civic.forum.Recommendation;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.service.Timestamps;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.EventContracts;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.infra.testing.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo forum loaded by the start-up poller once the replicas (filled here directly, in their own database
 * forum_demo: government bodies like the registry's seed, 300 NGOs) hold enough: the seed's facts through the API,
 * the spread of the recommendations, the accountability report against counts computed here from the generator's
 * record, the lifecycle rules, the events, determinism and a second load that does nothing.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum_demo"))
class DemoDataTest {

    private static final List<String> REGIONS = List.of("KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33",
            "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79");
    private static final List<String> CENTRAL = List.of("MCI", "CCSA MCI", "IC MCI", "MNE", "MIA", "MoJ", "MoE", "MSHE", "CSCI");
    private static final int NGOS = 300;
    private static final UUID CIVIL_ALLIANCE = id("ngo/civil-alliance");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static DemoData expected;

    @Inject
    DataSource dataSource;
    @Inject
    DemoDataLoader loader;

    private final String forumPath = "/api/v1/forums/" + DemoDataGenerator.FORUM_ID;

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("forum-demo-test/" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** The replicas as registry events would have filled them: the seeded bodies' shape and NGOs, a few wound up. */
    private static DemoReplicas replicas() {
        List<DemoReplicas.Body> bodies = new ArrayList<>();
        for (String name : CENTRAL) {
            bodies.add(new DemoReplicas.Body(id("body/" + name), name, "CENTRAL", name.contains(" ") ? "COMMITTEE" : "MINISTRY", null));
        }
        for (String region : REGIONS) {
            bodies.add(new DemoReplicas.Body(id("body/akimat/" + region), null, "LOCAL", "AKIMAT", region));
            bodies.add(new DemoReplicas.Body(id("body/department/" + region), null, "LOCAL", "AKIMAT_DEPARTMENT", region));
        }
        List<DemoReplicas.Ngo> ngos = new ArrayList<>();
        ngos.add(new DemoReplicas.Ngo(CIVIL_ALLIANCE, "Association of Legal Entities «Civil Alliance of Kazakhstan»", "ACTIVE"));
        for (int i = 1; i < NGOS; i++) {
            ngos.add(new DemoReplicas.Ngo(id("ngo/" + i), "NGO " + i, i % 50 == 0 ? "LIQUIDATING" : i % 7 == 0 ? "REGISTERED" : "ACTIVE"));
        }
        return new DemoReplicas(bodies, ngos);
    }

    @BeforeEach
    void replicasFilledAndDemoLoaded() throws SQLException {
        if (expected != null) {
            return;
        }
        DemoReplicas replicas = replicas();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO government_body_replica (id, name_ru, short_name, level, kind, region_code, source_version,
                        last_event_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, now()) ON CONFLICT DO NOTHING""")) {
                for (DemoReplicas.Body b : replicas.governmentBodies()) {
                    s.setObject(1, b.id());
                    s.setString(2, "Орган " + b.id());
                    s.setString(3, b.shortName());
                    s.setString(4, b.level());
                    s.setString(5, b.kind());
                    s.setString(6, b.regionCode());
                    s.setString(7, UUID.randomUUID().toString());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO ngo_replica (id, name_ru, name_en, status, source_version, last_event_id, updated_at)
                    VALUES (?, ?, ?, ?, 0, ?, now()) ON CONFLICT DO NOTHING""")) {
                for (DemoReplicas.Ngo n : replicas.ngos()) {
                    s.setObject(1, n.id());
                    s.setString(2, "НПО " + n.nameEn());
                    s.setString(3, n.nameEn());
                    s.setString(4, n.status());
                    s.setString(5, UUID.randomUUID().toString());
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
        }
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(loader::loaded);
        expected = DemoDataGenerator.generate(replicas, Duration.ofDays(30));
    }

    @Test
    void theEditionAndItsRegionalForumsCarryTheSeedsFacts() {
        given().get(forumPath).then().statusCode(200)
                .body("editionNumber", equalTo(11)).body("year", equalTo(2023))
                .body("motto.en", equalTo("Mature civil society is the pillar of a prosperous Kazakhstan"))
                .body("organizerNgoId", equalTo(CIVIL_ALLIANCE.toString()))
                .body("republicanStage.venue.en", equalTo("Astana"));
        JsonPath regional = given().queryParam("forumId", DemoDataGenerator.FORUM_ID.toString()).queryParam("limit", 100)
                .get("/api/v1/regional-forums").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> forums = regional.getList("items");
        assertEquals(20, forums.size());
        assertEquals(new HashSet<>(REGIONS), forums.stream().map(f -> (String) f.get("regionCode")).collect(Collectors.toSet()));
        assertEquals(5_000, forums.stream().mapToInt(f -> (Integer) f.get("participantsTotal")).sum(), "about 5 thousand (L356)");
        Map<String, Map<String, Object>> byRegion = forums.stream().collect(Collectors.toMap(f -> (String) f.get("regionCode"), f -> f));
        assertEquals(13, byRegion.get("KZ-75").get("localSequenceNumber"), "Almaty's XIII regional forum (L374)");
        assertTrue(english(byRegion.get("KZ-75"), "priorityIssue").startsWith("Implementation of Sustainable Development Goals"));
        assertEquals(1, byRegion.get("KZ-10").get("localSequenceNumber"), "the first forum in the Abay region (L362)");
        assertEquals("Astana International Financial Centre", english(byRegion.get("KZ-71"), "venue"));
        assertEquals("Problems and prospects for development of local government bodies", english(byRegion.get("KZ-33"), "priorityIssue"));
        assertEquals("Inclusive public policy: the contribution of local society", english(byRegion.get("KZ-27"), "priorityIssue"));
        @SuppressWarnings("unchecked")
        Map<String, Object> kostanayCategories = (Map<String, Object>) byRegion.get("KZ-39").get("participantsByCategory");
        assertTrue(kostanayCategories.containsKey("FOREIGN_PUBLIC") && kostanayCategories.containsKey("DIPLOMATIC"));
        List<String> kostanayPlatforms = given().queryParam("regionalForumId", byRegion.get("KZ-39").get("id"))
                .get("/api/v1/dialogue-platforms").then().statusCode(200).extract().jsonPath().getList("items.title.en");
        assertTrue(kostanayPlatforms.contains("Development of international cooperation for solving social issues"), kostanayPlatforms.toString());

        List<String> nominations = given().queryParam("limit", 100).get(forumPath + "/awards").then().statusCode(200)
                .extract().jsonPath().getList("items.nomination.en");
        assertEquals(expected.awards().size(), nominations.size());
        assertTrue(nominations.containsAll(List.of("The best non-governmental organization in the field of law and order",
                "The best non-governmental organization in the field of volunteer activity",
                "The best non-governmental organization in the field of research")));
    }

    private static String english(Map<String, Object> node, String field) {
        @SuppressWarnings("unchecked")
        Map<String, Object> text = (Map<String, Object>) node.get(field);
        return (String) text.get("en");
    }

    @Test
    void aboutAThousandRecommendationsSpreadOverAddresseeTypesAndRegions() throws SQLException {
        long all = count("SELECT count(*) FROM recommendation WHERE forum_id = '" + DemoDataGenerator.FORUM_ID + "'");
        assertEquals(expected.recommendations().size(), all);
        assertTrue(all >= 1_000 && all <= 1_100, "more than a thousand recommendations (L420): " + all);
        List<Recommendation> counted = expected.recommendations().stream()
                .filter(r -> r.submittedAt != null && r.status != RecommendationStatus.MERGED).toList();
        Map<String, Long> byType = new HashMap<>();
        for (Recommendation r : counted) {
            r.addressees.stream().map(a -> a.type().name()).distinct().forEach(t -> byType.merge(t, 1L, Long::sum));
        }
        assertEquals(AddresseeType.values().length, byType.size());
        byType.values().forEach(n -> assertTrue(n >= 50, byType.toString()));
        assertEquals(byType, statistics("addresseeType"));
        Map<String, Long> byRegion = counted.stream().filter(r -> r.regionCode != null)
                .collect(Collectors.groupingBy(r -> r.regionCode, Collectors.counting()));
        assertEquals(new HashSet<>(REGIONS), byRegion.keySet());
        byRegion.values().forEach(n -> assertTrue(n >= 20, byRegion.toString()));
        Map<String, Long> statisticsByRegion = statistics("region");
        statisticsByRegion.keySet().retainAll(REGIONS);
        assertEquals(byRegion, statisticsByRegion);
        Map<String, Long> byStatus = counted.stream().collect(Collectors.groupingBy(r -> r.status.name(), Collectors.counting()));
        assertEquals(byStatus, statistics("status"));
        for (RecommendationStatus s : List.of(RecommendationStatus.SUBMITTED, RecommendationStatus.ACCEPTED,
                RecommendationStatus.DECLINED, RecommendationStatus.IN_PROGRESS, RecommendationStatus.IMPLEMENTED,
                RecommendationStatus.PARTIALLY_IMPLEMENTED, RecommendationStatus.NOT_IMPLEMENTED)) {
            assertTrue(byStatus.getOrDefault(s.name(), 0L) > 10, s + " in " + byStatus);
        }
        assertTrue(count("SELECT count(*) FROM recommendation WHERE status = 'MERGED'") > 10);
        assertEquals(DemoDataGenerator.DRAFTS, count("SELECT count(*) FROM recommendation WHERE status = 'DRAFT'"));
    }

    private Map<String, Long> statistics(String by) {
        List<Map<String, Object>> groups = given().auth().oauth2(Tokens.of("analyst")).queryParam("by", by)
                .queryParam("forumId", DemoDataGenerator.FORUM_ID.toString()).get("/api/v1/recommendations/statistics")
                .then().statusCode(200).extract().jsonPath().getList("groups");
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, Object> g : groups) {
            counts.put(String.valueOf(g.get("key")), ((Number) g.get("count")).longValue());
        }
        return counts;
    }

    /** One body's line of the accountability report, computed from the generator's record. */
    private record Line(long received, long answered, long answeredOnTime, long accepted, long implemented,
            long partiallyImplemented, long overdue, BigDecimal averageDays, long assessed, long assessedImplemented) {
    }

    private static Map<UUID, Line> expectedReport(DemoData data, LocalDate today) {
        Map<String, GovernmentResponse> firstAnswers = new HashMap<>();
        for (GovernmentResponse g : data.responses()) {
            if (g.firstFromBody) {
                firstAnswers.put(g.recommendationId + "/" + g.governmentBodyId, g);
            }
        }
        Map<UUID, CivilSocietyAssessment> latestAlliance = new HashMap<>();
        for (CivilSocietyAssessment a : data.assessments()) {
            if (a.assessor == CivilSocietyAssessment.Assessor.CIVIL_ALLIANCE) {
                latestAlliance.merge(a.recommendationId, a, (x, y) -> Comparator.comparing((CivilSocietyAssessment c) -> c.assessedAt)
                        .thenComparing(c -> c.id).compare(x, y) >= 0 ? x : y);
            }
        }
        Map<UUID, long[]> sums = new TreeMap<>();
        for (Recommendation r : data.recommendations()) {
            if (r.submittedAt == null || r.status == RecommendationStatus.MERGED) {
                continue;
            }
            for (Addressee a : r.addressees) {
                if (a.governmentBodyId() == null) {
                    continue;
                }
                long[] s = sums.computeIfAbsent(a.governmentBodyId(), k -> new long[10]);
                GovernmentResponse first = firstAnswers.get(r.id + "/" + a.governmentBodyId());
                s[0]++;
                if (first != null) {
                    s[1]++;
                    s[7] += ChronoUnit.DAYS.between(date(r.submittedAt), date(first.respondedAt));
                    if (first.onTime) {
                        s[2]++;
                    }
                }
                if (r.status.isInImplementation()) {
                    s[3]++;
                }
                if (r.status == RecommendationStatus.IMPLEMENTED) {
                    s[4]++;
                }
                if (r.status == RecommendationStatus.PARTIALLY_IMPLEMENTED) {
                    s[5]++;
                }
                if (r.responseDueDate.isBefore(today) && (first == null || !first.onTime)) {
                    s[6]++;
                }
                CivilSocietyAssessment cs = latestAlliance.get(r.id);
                if (cs != null) {
                    s[8]++;
                    if (cs.rating != ImplementationRating.NOT_IMPLEMENTED) {
                        s[9]++;
                    }
                }
            }
        }
        Map<UUID, Line> lines = new HashMap<>();
        sums.forEach((body, s) -> lines.put(body, new Line(s[0], s[1], s[2], s[3], s[4], s[5], s[6],
                s[1] == 0 ? null : BigDecimal.valueOf(s[7]).divide(BigDecimal.valueOf(s[1]), 1, RoundingMode.HALF_UP), s[8], s[9])));
        return lines;
    }

    private static LocalDate date(OffsetDateTime t) {
        return t.atZoneSameInstant(Timestamps.ALMATY).toLocalDate();
    }

    @Test
    void theAccountabilityReportMatchesCountsComputedFromTheGeneratedRecord() {
        JsonPath report = given().get(forumPath + "/accountability-report").then().statusCode(200).extract().jsonPath();
        LocalDate asOf = LocalDate.parse(report.getString("asOf"));
        Map<UUID, Line> lines = expectedReport(expected, asOf);
        List<Map<String, Object>> bodies = report.getList("groups");
        assertEquals(lines.size(), bodies.size());
        assertEquals(CENTRAL.size() + 2 * REGIONS.size(), bodies.size(), "every body of the replica is addressed");
        Map<UUID, Line> actual = new HashMap<>();
        for (Map<String, Object> b : bodies) {
            Object average = b.get("averageDaysToFirstResponse");
            actual.put(UUID.fromString((String) b.get("governmentBodyId")), new Line(n(b, "received"), n(b, "answered"),
                    n(b, "answeredOnTime"), n(b, "accepted"), n(b, "implemented"), n(b, "partiallyImplemented"), n(b, "overdue"),
                    average == null ? null : new BigDecimal(average.toString()).setScale(1, RoundingMode.UNNECESSARY),
                    n(b, "civilSocietyAssessed"), n(b, "civilSocietyImplemented")));
        }
        assertEquals(lines, actual);
        Map<String, Object> totals = report.getMap("totals");
        assertEquals(lines.values().stream().mapToLong(Line::received).sum(), n(totals, "received"));
        assertEquals(lines.values().stream().mapToLong(Line::overdue).sum(), n(totals, "overdue"));
        assertEquals(lines.values().stream().mapToLong(Line::assessed).sum(), n(totals, "civilSocietyAssessed"));
        // the demo has all three kinds of answer: on time, late and never
        long answered = n(totals, "answered");
        long onTime = n(totals, "answeredOnTime");
        assertTrue(onTime > 0 && answered > onTime && n(totals, "received") > answered, totals.toString());
    }

    private static long n(Map<String, Object> node, String field) {
        return ((Number) node.get(field)).longValue();
    }

    @Test
    void theDatabaseHoldsTheLifecycleTheServiceEnforces() throws SQLException {
        // every declined one has its justification; merged ones point to a live-at-the-time one of the same edition
        assertEquals(0, count("SELECT count(*) FROM recommendation_status_change WHERE to_status = 'DECLINED' AND reason IS NULL"));
        assertEquals(0, count("""
                SELECT count(*) FROM recommendation m JOIN recommendation t ON t.id = m.merged_into_id
                WHERE m.status = 'MERGED' AND (t.status IN ('MERGED', 'DECLINED', 'DRAFT') OR t.forum_id <> m.forum_id)"""));
        // implemented and partially implemented ones have evidence
        assertEquals(0, count("""
                SELECT count(*) FROM recommendation r WHERE r.status IN ('IMPLEMENTED', 'PARTIALLY_IMPLEMENTED')
                AND NOT EXISTS (SELECT 1 FROM recommendation_evidence e WHERE e.recommendation_id = r.id)"""));
        // history: versions 0..version without gaps and the last entry is the current status (answers move the version)
        assertEquals(0, count("""
                SELECT count(*) FROM recommendation r JOIN LATERAL (SELECT c.to_status FROM recommendation_status_change c
                  WHERE c.recommendation_id = r.id ORDER BY c.recommendation_version DESC LIMIT 1) last ON TRUE
                WHERE last.to_status <> r.status"""));
        assertEquals(0, count("""
                SELECT count(*) FROM recommendation r WHERE r.version <> (SELECT count(*) FROM recommendation_status_change c
                  WHERE c.recommendation_id = r.id) - 1 + (SELECT count(*) FROM recommendation_response g WHERE g.recommendation_id = r.id)
                  + (SELECT count(*) FROM recommendation m WHERE m.merged_into_id = r.id)"""));
        // due dates are 30 days after submission; answers know whether they were on time
        assertEquals(0, count("""
                SELECT count(*) FROM recommendation WHERE submitted_at IS NOT NULL
                AND response_due_date <> (submitted_at AT TIME ZONE 'Asia/Almaty')::date + 30"""));
        assertEquals(0, count("""
                SELECT count(*) FROM recommendation_response g
                WHERE g.on_time <> ((g.responded_at AT TIME ZONE 'Asia/Almaty')::date <= g.response_due_date)"""));
        // authors are NGOs of the replica not being wound up; agency addressees are bodies of the right level and region
        assertEquals(0, count("""
                SELECT count(*) FROM recommendation r, unnest(r.author_ngo_ids) a(id)
                WHERE NOT EXISTS (SELECT 1 FROM ngo_replica n WHERE n.id = a.id AND n.status NOT IN ('LIQUIDATING', 'LIQUIDATED'))"""));
        assertEquals(0, count("""
                SELECT count(*) FROM recommendation_addressee a JOIN recommendation r ON r.id = a.recommendation_id
                LEFT JOIN government_body_replica b ON b.id = a.government_body_id
                WHERE a.government_body_id IS NOT NULL AND (b.id IS NULL
                   OR (a.type = 'CENTRAL_AGENCY') <> (b.level = 'CENTRAL')
                   OR (a.type = 'LOCAL_AGENCY' AND b.region_code <> r.region_code))"""));
        // the action plan 2024-2025: items with indicators, measured values, done and overdue ones, accepted recommendations
        JsonPath plans = given().get("/api/v1/action-plans").then().statusCode(200).extract().jsonPath();
        assertTrue(plans.getList("items.title.en").contains(
                "Action Plan for implementation of the recommendations of the XI Civil Forum for 2024-2025"));
        assertTrue(count("SELECT count(*) FROM action_plan_item") >= 20);
        assertTrue(count("SELECT count(*) FROM indicator_measurement") >= 20);
        assertTrue(count("SELECT count(*) FROM action_plan_item WHERE status = 'DONE'") > 0);
        assertTrue(count("SELECT count(*) FROM action_plan_item WHERE status IN ('PLANNED', 'IN_PROGRESS') AND deadline < current_date") > 0);
        assertEquals(0, count("""
                SELECT count(*) FROM action_plan_item_recommendation l JOIN recommendation r ON r.id = l.recommendation_id
                WHERE r.status NOT IN ('ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED')"""));
        assertEquals(0, count("""
                SELECT count(*) FROM action_plan_item i WHERE i.current_value IS DISTINCT FROM (SELECT m.value FROM indicator_measurement m
                  WHERE m.item_id = i.id ORDER BY m.measured_on DESC, m.recorded_at DESC LIMIT 1)"""));
    }

    @Test
    void eventsForDownstreamGoThroughTheOutboxAndConformToTheirContracts() throws Exception {
        long submitted = expected.recommendations().stream().filter(r -> r.submittedAt != null).count();
        assertEquals(submitted, count("SELECT count(*) FROM outbox_event WHERE event_type = 'kz.civic.forum.recommendation.submitted.v1'"));
        assertEquals(expected.statusChanges().stream().filter(c -> c.from != null && c.from != RecommendationStatus.DRAFT).count(),
                count("SELECT count(*) FROM outbox_event WHERE event_type = 'kz.civic.forum.recommendation.status-changed.v1'"));
        assertEquals(expected.responses().size(),
                count("SELECT count(*) FROM outbox_event WHERE event_type = 'kz.civic.forum.recommendation.response-recorded.v1'"));
        assertEquals(expected.awards().size(), count("SELECT count(*) FROM outbox_event WHERE event_type = 'kz.civic.forum.award.granted.v1'"));
        assertEquals(expected.items().size(),
                count("SELECT count(*) FROM outbox_event WHERE event_type = 'kz.civic.forum.action-plan-item.created.v1'"));
        // a sample of every event type (up to 80 each), so a rare type such as award.granted is always checked
        Set<String> types = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT payload FROM (SELECT payload, row_number() OVER (PARTITION BY event_type ORDER BY md5(event_id::text)) n
                          FROM outbox_event) sample WHERE n <= 80""")) {
            while (rs.next()) {
                JsonNode event = JSON.readTree(rs.getString(1));
                EventContracts.assertConforms(event);
                types.add(event.path("type").asText());
            }
        }
        assertEquals(6, types.size(), types.toString());
        // on Kafka in the order the service would have published them (the relay delivers at least once: a
        // duplicate of an event id is skipped, as consumers do)
        Recommendation implemented = expected.recommendations().stream()
                .filter(r -> r.status == RecommendationStatus.IMPLEMENTED).findFirst().orElseThrow();
        List<String> expectedTypes = expected.events().stream().filter(e -> e.subject().equals(implemented.id.toString()))
                .map(DemoData.Event::type).toList();
        Set<String> seen = new HashSet<>();
        List<JsonNode> published = TestKafka.events("forum.recommendations", implemented.id.toString(), expectedTypes.size(),
                e -> seen.add(e.path("id").asText()));
        assertEquals(expectedTypes, published.stream().map(e -> e.path("type").asText()).toList());
        assertEquals("kz.civic.forum.recommendation.submitted.v1", expectedTypes.get(0));
        long previous = -1;
        for (JsonNode e : published) {
            long version = e.path("data").path("version").asLong();
            assertTrue(version > previous, "versions rise: " + published);
            previous = version;
        }
        assertEquals(implemented.version, previous);
    }

    @Test
    void theSameReplicasGiveTheSameDataAndASecondLoadDoesNothing() throws Exception {
        DemoReplicas replicas = replicas();
        String first = digest(DemoDataGenerator.generate(replicas, Duration.ofDays(30)));
        assertEquals(first, digest(DemoDataGenerator.generate(replicas, Duration.ofDays(30))));
        assertEquals(first, digest(expected));
        DemoReplicas fewer = new DemoReplicas(replicas.governmentBodies(), replicas.ngos().subList(0, NGOS - 1));
        assertNotEquals(first, digest(DemoDataGenerator.generate(fewer, Duration.ofDays(30))));

        // what was loaded is what the generator produces for these replicas
        StringBuilder loaded = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, status, version, response_due_date FROM recommendation ORDER BY id")) {
            while (rs.next()) {
                loaded.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getLong(3)).append(' ')
                        .append(rs.getString(4)).append('\n');
            }
        }
        StringBuilder generated = new StringBuilder();
        expected.recommendations().stream().sorted(Comparator.comparing((Recommendation r) -> r.id.toString()))
                .forEach(r -> generated.append(r.id).append(' ').append(r.status).append(' ').append(r.version).append(' ')
                        .append(r.responseDueDate).append('\n'));
        assertEquals(generated.toString(), loaded.toString());

        long rows = count("SELECT count(*) FROM recommendation");
        long events = count("SELECT count(*) FROM outbox_event");
        assertTrue(loader.loaded());
        assertEquals(Map.of(), loader.load());
        assertEquals(rows, count("SELECT count(*) FROM recommendation"));
        assertEquals(events, count("SELECT count(*) FROM outbox_event"));
        assertEquals(1, count("SELECT count(*) FROM forum WHERE edition_number = 11"));
    }

    private static String digest(DemoData data) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(JSON.writeValueAsBytes(data));
        String hex = HexFormat.of().formatHex(md.digest());
        assertFalse(hex.isEmpty());
        return hex;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
