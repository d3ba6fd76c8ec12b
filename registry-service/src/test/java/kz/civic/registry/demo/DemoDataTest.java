package kz.civic.registry.demo;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoPerson;
import kz.civic.registry.rest.NgoRequest;
import kz.civic.platform.security.IinHasher;
import kz.civic.registry.service.NgoProfileWriter;
import org.junit.jupiter.api.Test;

/**
 * The demo data loaded at start-up into its own database: the seed's figures through the API, search
 * for the named organisations, a full cursor walk, the outbox events, and equality with what the
 * service itself computes and accepts.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_demo"))
class DemoDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static DemoData data;

    @Inject
    DataSource dataSource;
    @Inject
    DemoDataLoader loader;
    @Inject
    IinHasher iins;
    @Inject
    NgoProfileWriter profiles;
    @Inject
    Validator validator;

    private final String analyst = Jwt.subject("user-analyst").groups("analyst").audience("civic-api").sign();

    private DemoData data() {
        if (data == null) {
            data = DemoDataGenerator.generate(iins);
        }
        return data;
    }

    private Map<String, Long> statistics(String by) {
        JsonPath body = given().auth().oauth2(analyst).queryParam("by", by).get("/api/v1/ngos/statistics")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(DemoDataGenerator.TOTAL, body.getLong("totals.count"));
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, Object> g : body.<Map<String, Object>>getList("groups")) {
            counts.put((String) g.get("key"), ((Number) g.get("count")).longValue());
        }
        return counts;
    }

    @Test
    void statisticsReproduceTheSeedFigures() throws SQLException {
        Map<String, Long> byStatus = statistics("status");
        assertEquals(Map.of("ACTIVE", 18_204L, "INACTIVE", 2_217L, "SUSPENDED", 1_103L, "LIQUIDATING", 68L, "REGISTERED", 1_743L),
                byStatus);
        Map<String, Long> byRegion = statistics("region");
        assertEquals(5_017L, byRegion.get("KZ-75"));
        assertEquals(3_554L, byRegion.get("KZ-71"));
        assertEquals(1_512L, byRegion.get("KZ-79"));
        assertEquals(1_237L, byRegion.get("KZ-35"));
        assertEquals(1_217L, byRegion.get("KZ-43"));
        assertEquals(20, byRegion.size());
        assertEquals(1_742L, count("SELECT count(*) FROM ngo WHERE legacy AND bin IS NULL"));
        assertEquals(0L, count("SELECT count(*) FROM ngo WHERE bin IS NULL AND NOT legacy"));
        assertEquals(5_191L, count("SELECT count(*) FROM ngo_report WHERE year = 2022 AND on_time"));
        assertTrue(count("SELECT count(*) FROM ngo_report WHERE year = 2022 AND NOT on_time") > 0);
        assertTrue(count("SELECT count(*) FROM ngo_membership") >= 300);
    }

    @Test
    void historyVersionsAndComplianceAreConsistentInTheDatabase() throws SQLException {
        assertEquals(0L, count("""
                SELECT count(*) FROM ngo n JOIN LATERAL (SELECT to_status, ngo_version FROM ngo_status_change c
                  WHERE c.ngo_id = n.id ORDER BY ngo_version DESC LIMIT 1) last ON true
                WHERE last.to_status <> n.status OR last.ngo_version > n.version"""));
        assertEquals(0L, count("""
                SELECT count(*) FROM ngo n WHERE n.last_report_year IS DISTINCT FROM
                  (SELECT max(year) FROM ngo_report r WHERE r.ngo_id = n.id)"""));
        assertEquals(DemoDataGenerator.TOTAL, count("SELECT count(DISTINCT ngo_id) FROM ngo_status_change WHERE from_status IS NULL"));
    }

    @Test
    void searchFindsTheNamedOrganisations() {
        Map<String, UUID> named = data().named();
        assertEquals(List.of(named.get("shyrak").toString()), search("Шырак"));
        assertEquals(List.of(named.get("shyrak").toString()), search("Шырақ"));
        assertEquals(List.of(named.get("shyrak").toString()), search("shyraq"));
        assertTrue(search("Гражданский альянс Казахстана").contains(named.get("civil-alliance").toString()));
        assertTrue(search("civil alliance").containsAll(List.of(named.get("civil-alliance").toString(),
                named.get("civil-alliance-mangystau").toString(), named.get("civil-alliance-ulytau").toString())));
        assertEquals(List.of(named.get("helsinki").toString()), search("хельсинк"));
        assertEquals(List.of(named.get("ariptes").toString()), search("Ariptes"));
        assertEquals(List.of(named.get("keleshek").toString()), search("keleshek"));
        assertTrue(search("Невада").contains(named.get("nevada").toString()));
        List<String> bureau = search("бюро по правам человека");
        assertEquals(13, bureau.size(), "the Bureau and its 12 branches");
    }

    private List<String> search(String q) {
        return given().queryParam("q", q).queryParam("limit", 200).get("/api/v1/ngos").then().statusCode(200)
                .extract().path("items.id");
    }

    @Test
    void cursorWalkVisitsEveryNgoOnce() throws SQLException {
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 200).queryParam("sort", "name");
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/ngos").then().statusCode(200).extract().jsonPath();
            for (String id : page.<String>getList("items.id")) {
                if (!seen.add(id)) {
                    duplicates++;
                }
            }
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 1_000);
        assertEquals(0, duplicates);
        assertEquals(DemoDataGenerator.TOTAL, seen.size());
        assertEquals(count("SELECT count(*) FROM ngo"), seen.size());
    }

    @Test
    void outboxHoldsOneValidRegisteredEventPerNgo() throws Exception {
        assertEquals(DemoDataGenerator.TOTAL, count("SELECT count(*) FROM outbox_event WHERE event_type = "
                + "'kz.civic.registry.ngo.registered.v1'"));
        assertEquals(DemoDataGenerator.TOTAL, count("SELECT count(DISTINCT record_key) FROM outbox_event WHERE event_type = "
                + "'kz.civic.registry.ngo.registered.v1'"));
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("../contracts/events/kz.civic.registry.ngo.registered.v1.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        int checked = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT e.payload, n.status, n.version, n.last_report_year FROM outbox_event e
                        JOIN ngo n ON n.id = CAST(e.record_key AS uuid)
                        WHERE e.event_type = 'kz.civic.registry.ngo.registered.v1' ORDER BY md5(e.record_key) LIMIT 300""")) {
            while (rs.next()) {
                JsonNode event = JSON.readTree(rs.getString(1));
                assertEquals(Set.of(), schema.validate(event), event.toString());
                assertEquals(rs.getString(2), event.path("data").path("status").asText());
                assertEquals(rs.getLong(3), event.path("data").path("version").asLong());
                Object lastReportYear = rs.getObject(4);
                assertEquals(lastReportYear == null ? null : ((Number) lastReportYear).intValue(),
                        event.path("data").hasNonNull("lastReportYear") ? event.path("data").path("lastReportYear").asInt() : null);
                checked++;
            }
        }
        assertEquals(300, checked);
    }

    @Test
    void outboxAnnouncesEveryGovernmentBodyBeforeTheNgos() throws Exception {
        long bodies = count("SELECT count(*) FROM government_body");
        assertTrue(bodies >= 49, "the bodies seeded by V3");
        assertEquals(bodies, count("SELECT count(DISTINCT record_key) FROM outbox_event WHERE event_type = "
                + "'kz.civic.registry.government-body.created.v1' AND topic = 'registry.government-bodies'"));
        assertEquals(0L, count("""
                SELECT count(*) FROM outbox_event b, outbox_event n
                WHERE b.event_type = 'kz.civic.registry.government-body.created.v1'
                  AND n.event_type = 'kz.civic.registry.ngo.registered.v1' AND n.seq < b.seq"""));
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("../contracts/events/kz.civic.registry.government-body.created.v1.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        int checked = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT e.payload, g.level, g.version FROM outbox_event e
                        JOIN government_body g ON g.id = CAST(e.record_key AS uuid)
                        WHERE e.event_type = 'kz.civic.registry.government-body.created.v1'""")) {
            while (rs.next()) {
                JsonNode event = JSON.readTree(rs.getString(1));
                assertEquals(Set.of(), schema.validate(event), event.toString());
                assertEquals(rs.getString(2), event.path("data").path("level").asText());
                assertEquals(rs.getLong(3), event.path("data").path("version").asLong());
                checked++;
            }
        }
        assertEquals(bodies, checked);
    }

    @Test
    void theServiceAcceptsAndComputesTheSameProfiles() {
        List<Ngo> ngos = data().ngos();
        int invalid = 0;
        for (Ngo n : ngos) {
            if (!validator.validate(request(n)).isEmpty()) {
                invalid++;
            }
        }
        assertEquals(0, invalid, "generated profiles violating the API's constraints");
        assertEquals(0, data().revisions().stream().filter(r -> !validator.validate(r.content()).isEmpty()).count(),
                "generated report contents violating the API's constraints");
        List<Ngo> sample = new ArrayList<>();
        for (int i = 0; i < ngos.size(); i += 97) {
            sample.add(ngos.get(i));
        }
        ngos.stream().filter(n -> n.parentNgoId != null).limit(20).forEach(sample::add);
        QuarkusTransaction.requiringNew().run(() -> {
            for (Ngo n : sample) {
                Ngo applied = new Ngo();
                applied.id = UUID.randomUUID();
                applied.bin = n.bin;
                profiles.apply(request(n), applied);
                assertEquals(n.searchKey, applied.searchKey);
                assertEquals(n.sortName, applied.sortName);
                assertEquals(n.persons.stream().map(p -> p.iinHash).toList(), applied.persons.stream().map(p -> p.iinHash).toList());
            }
        });
    }

    @Test
    void reportsAreServedByTheReportApi() throws SQLException {
        String ngo;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ngo_id FROM ngo_report WHERE year = 2022 AND revision = 2 LIMIT 1")) {
            rs.next();
            ngo = rs.getString(1);
        }
        JsonPath report = given().get("/api/v1/ngos/" + ngo + "/reports/2022").then().statusCode(200).extract().jsonPath();
        assertEquals(2, report.getInt("revision"));
        assertTrue(report.getDouble("content.propertyValue") >= 0);
        assertTrue(report.getList("content.spendingDirections").size() >= 1);
        given().get("/api/v1/ngos/" + ngo + "/reports/2022/revisions").then().statusCode(200);
    }

    @Test
    void aSecondLoadDoesNothing() throws SQLException {
        assertEquals(Map.of(), loader.load());
        assertEquals(DemoDataGenerator.TOTAL, count("SELECT count(*) FROM ngo"));
    }

    /** The request that registers this NGO through the API. */
    static NgoRequest request(Ngo n) {
        NgoPerson leader = n.persons.stream().filter(p -> p.role == NgoPerson.Role.LEADER).findFirst().orElse(null);
        return new NgoRequest(n.bin, n.legacy ? Boolean.TRUE : null, new LocalizedText(n.nameKk, n.nameRu, n.nameEn), n.shortName,
                List.of(n.aliases), n.legalForm, n.regionCode, n.registrationDate, n.parentNgoId, n.address, n.settlement,
                new NgoRequest.Contacts(n.contactEmail, n.contactPhone, n.website), Set.copyOf(n.spheres), n.volunteersCount,
                n.beneficiariesCount, leader == null ? null : new NgoRequest.Person(leader.fullName, leader.iin),
                n.persons.stream().filter(p -> p.role == NgoPerson.Role.FOUNDER)
                        .map(p -> new NgoRequest.Person(p.fullName, p.iin)).toList());
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
