package kz.civic.registry.reference;

import static io.restassured.RestAssured.given;
import static kz.civic.registry.reference.ReferenceTestSupport.awaitEvent;
import static kz.civic.registry.reference.ReferenceTestSupport.count;
import static kz.civic.registry.reference.ReferenceTestSupport.schema;
import static kz.civic.registry.reference.ReferenceTestSupport.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.registry.TestBins;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class GovernmentBodyResourceTest {

    private static final String PATH = "/api/v1/government-bodies";
    private static final String CREATED = "kz.civic.registry.government-body.created.v1";
    private static final String UPDATED = "kz.civic.registry.government-body.updated.v1";

    @Inject
    DataSource dataSource;

    static String body(String bin, String kind, String parentId, String regionCode) {
        return """
                {"bin": "%s", "names": {"kk": "Алматы қаласының жастар саясаты басқармасы",
                 "ru": "Управление молодежной политики города Алматы", "en": "Youth Policy Department of Almaty city"},
                 "shortName": "YPD", "level": "LOCAL", "kind": "%s", "parentId": %s, "regionCode": %s}
                """.formatted(bin, kind, parentId == null ? "null" : "\"" + parentId + "\"",
                regionCode == null ? "null" : "\"" + regionCode + "\"");
    }

    static String department(String bin) {
        return body(bin, "AKIMAT_DEPARTMENT", GovernmentBodySeedTest.ALMATY_CITY_AKIMAT.toString(), "KZ-75");
    }

    private ExtractableResponse<Response> create(String json) {
        return given().auth().oauth2(token("admin")).contentType("application/json").body(json)
                .post(PATH).then().statusCode(201).extract();
    }

    private long rows() throws Exception {
        return count(dataSource, "SELECT count(*) FROM government_body");
    }

    private long events() throws Exception {
        return count(dataSource, "SELECT count(*) FROM outbox_event WHERE topic = ?", ReferenceTestSupport.TOPIC);
    }

    @Test
    void adminCreatesBodyAndEveryoneCanReadIt() {
        String bin = TestBins.random();
        ExtractableResponse<Response> created = given().auth().oauth2(token("admin")).contentType("application/json")
                .body(department(bin)).post(PATH)
                .then().statusCode(201).header("ETag", "\"0\"").header("Location", startsWith("http"))
                .body("bin", equalTo(bin)).body("kind", equalTo("AKIMAT_DEPARTMENT")).body("version", equalTo(0))
                .body("parentId", equalTo(GovernmentBodySeedTest.ALMATY_CITY_AKIMAT.toString()))
                .extract();
        String location = created.header("Location");
        String id = created.path("id");
        assertTrue(location.endsWith(PATH + "/" + id), location);
        given().get(location).then().statusCode(200).header("ETag", "\"0\"")
                .body("names.en", equalTo("Youth Policy Department of Almaty city")).body("regionCode", equalTo("KZ-75"))
                .body("createdAt", notNullValue());
        given().header("If-None-Match", "\"0\"").get(location).then().statusCode(304);
        given().queryParam("region", "KZ-75").queryParam("kind", "AKIMAT_DEPARTMENT").queryParam("limit", 200).get(PATH)
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.regionCode", everyItem(equalTo("KZ-75")));
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswer() {
        String json = department(TestBins.random());
        String key = "gb-" + UUID.randomUUID();
        String id = given().auth().oauth2(token("admin")).header("Idempotency-Key", key).contentType("application/json")
                .body(json).post(PATH).then().statusCode(201).extract().path("id");
        given().auth().oauth2(token("admin")).header("Idempotency-Key", key).contentType("application/json")
                .body(json).post(PATH).then().statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo(id));
    }

    @Test
    void duplicateBinIs409WithExistingIdAndWritesNothing() throws Exception {
        String bin = TestBins.random();
        String id = create(department(bin)).path("id");
        long rows = rows();
        long events = events();
        given().auth().oauth2(token("admin")).contentType("application/json").body(department(bin)).post(PATH)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/duplicate-bin")).body("existingId", equalTo(id));
        assertEquals(rows, rows());
        assertEquals(events, events());
    }

    @Test
    void rejectsBinWithWrongCheckDigitAndWritesNothing() throws Exception {
        String bin = TestBins.random();
        String wrong = bin.substring(0, 11) + ((bin.charAt(11) - '0' + 1) % 10);
        long rows = rows();
        long events = events();
        given().auth().oauth2(token("admin")).contentType("application/json").body(department(wrong)).post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("bin"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM government_body WHERE bin = ?", wrong));
        assertEquals(rows, rows());
        assertEquals(events, events());
    }

    @Test
    void unknownOrHistoricalRegionAndUnknownParentAre422AndWriteNothing() throws Exception {
        long rows = rows();
        long events = events();
        given().auth().oauth2(token("admin")).contentType("application/json")
                .body(body(TestBins.random(), "OTHER", null, "KZ-99")).post(PATH)
                .then().statusCode(422).contentType("application/problem+json").body("type", equalTo("/problems/unknown-region"));
        given().auth().oauth2(token("admin")).contentType("application/json")
                .body(body(TestBins.random(), "OTHER", null, "KZ-YUZ")).post(PATH)
                .then().statusCode(422).body("type", equalTo("/problems/unknown-region"));
        given().auth().oauth2(token("admin")).contentType("application/json")
                .body(body(TestBins.random(), "AKIMAT_DEPARTMENT", UUID.randomUUID().toString(), "KZ-75")).post(PATH)
                .then().statusCode(422).body("type", equalTo("/problems/unknown-parent"));
        given().auth().oauth2(token("admin")).contentType("application/json")
                .body(body(TestBins.random(), "COMMITTEE", GovernmentBodySeedTest.ALMATY_CITY_AKIMAT.toString(), null))
                .post(PATH).then().statusCode(422).body("type", equalTo("/problems/invalid-parent"));
        assertEquals(rows, rows());
        assertEquals(events, events());
    }

    @Test
    void replaceNeedsIfMatchAndBumpsVersion() throws Exception {
        String id = create(department(TestBins.random())).path("id");
        String newBin = TestBins.random();
        String replacement = department(newBin).replace("\"YPD\"", "\"UMP\"");
        given().auth().oauth2(token("admin")).contentType("application/json").body(replacement).put(PATH + "/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(token("admin")).header("If-Match", "\"7\"").contentType("application/json").body(replacement)
                .put(PATH + "/" + id).then().statusCode(412).contentType("application/problem+json");
        assertEquals(0, count(dataSource, "SELECT count(*) FROM outbox_event WHERE record_key = ? AND event_type = ?", id,
                UPDATED));
        given().auth().oauth2(token("admin")).header("If-Match", "\"0\"").contentType("application/json").body(replacement)
                .put(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("shortName", equalTo("UMP")).body("bin", equalTo(newBin));
        given().get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"").body("bin", equalTo(newBin));
        given().auth().oauth2(token("admin")).header("If-Match", "\"0\"").contentType("application/json").body(replacement)
                .put(PATH + "/" + id).then().statusCode(412);
    }

    @Test
    void replaceRejectsOwnUnitAsParent() {
        String ministry = create(body(TestBins.random(), "MINISTRY", null, null).replace("\"LOCAL\"", "\"CENTRAL\"")).path("id");
        String committee = create(body(TestBins.random(), "COMMITTEE", ministry, null).replace("\"LOCAL\"", "\"CENTRAL\""))
                .path("id");
        given().auth().oauth2(token("admin")).header("If-Match", "\"0\"").contentType("application/json")
                .body(body(TestBins.random(), "OTHER", committee, null)).put(PATH + "/" + ministry)
                .then().statusCode(422).body("type", equalTo("/problems/invalid-parent"));
        given().auth().oauth2(token("admin")).header("If-Match", "\"0\"").contentType("application/json")
                .body(body(TestBins.random(), "OTHER", ministry, null)).put(PATH + "/" + ministry)
                .then().statusCode(422).body("type", equalTo("/problems/invalid-parent"));
    }

    @Test
    void replaceOfUnknownBodyIs404() {
        given().auth().oauth2(token("admin")).header("If-Match", "\"0\"").contentType("application/json")
                .body(department(TestBins.random())).put(PATH + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void writesNeedAdmin() {
        String id = GovernmentBodySeedTest.GRANT_OPERATOR.toString();
        given().contentType("application/json").body(department(TestBins.random())).post(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token("registrar")).contentType("application/json").body(department(TestBins.random()))
                .post(PATH).then().statusCode(403).contentType("application/problem+json");
        given().header("If-Match", "\"0\"").contentType("application/json").body(department(TestBins.random()))
                .put(PATH + "/" + id).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token("registrar")).header("If-Match", "\"0\"").contentType("application/json")
                .body(department(TestBins.random())).put(PATH + "/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().get(PATH + "/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void listIsCursorPaginatedWithoutOverlap() {
        ExtractableResponse<Response> first = given().queryParam("limit", 5).get(PATH)
                .then().statusCode(200).body("items", hasSize(5)).body("nextCursor", notNullValue())
                .header("Link", startsWith("<")).extract();
        List<String> firstIds = first.path("items.id");
        List<String> secondIds = given().queryParam("limit", 5).queryParam("cursor", (String) first.path("nextCursor"))
                .get(PATH).then().statusCode(200).body("items", hasSize(5)).extract().path("items.id");
        Set<String> all = new HashSet<>(firstIds);
        all.addAll(secondIds);
        assertEquals(10, all.size());
        given().queryParam("level", "CENTRAL").queryParam("limit", 200).get(PATH)
                .then().statusCode(200).body("items.level", everyItem(equalTo("CENTRAL")))
                .body("items.kind", not(hasItem("AKIMAT")));
        given().queryParam("cursor", "not-a-cursor").get(PATH).then().statusCode(400);
    }

    @Test
    void createdAndUpdatedEventsMatchTheirContracts() throws Exception {
        String bin = TestBins.random();
        String id = given().auth().oauth2(token("admin")).header("X-Request-Id", "gb-contract-check")
                .contentType("application/json").body(department(bin)).post(PATH)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token("admin")).header("If-Match", "\"0\"").contentType("application/json")
                .body(body(bin, "OTHER", null, null)).put(PATH + "/" + id).then().statusCode(200);

        JsonNode created = awaitEvent(id, CREATED);
        Set<ValidationMessage> createdErrors = schema(CREATED).validate(created);
        assertTrue(createdErrors.isEmpty(), "created event violates its schema: " + createdErrors);
        assertEquals(bin, created.at("/data/bin").asText());
        assertEquals(0, created.at("/data/version").asLong());
        assertEquals(GovernmentBodySeedTest.ALMATY_CITY_AKIMAT.toString(), created.at("/data/parentId").asText());
        assertEquals("gb-contract-check", created.at("/requestid").asText());
        assertEquals(id, created.at("/subject").asText());

        JsonNode updated = awaitEvent(id, UPDATED);
        Set<ValidationMessage> updatedErrors = schema(UPDATED).validate(updated);
        assertTrue(updatedErrors.isEmpty(), "updated event violates its schema: " + updatedErrors);
        assertEquals(1, updated.at("/data/version").asLong());
        assertEquals("OTHER", updated.at("/data/kind").asText());
        assertTrue(updated.at("/data/parentId").isMissingNode() || updated.at("/data/parentId").isNull());
        assertNotNull(updated.at("/data/names/kk").asText(null));
    }

    @Test
    void schemasRejectABrokenPayload() throws Exception {
        JsonNode broken = new ObjectMapper().readTree("""
                {"specversion":"1.0","id":"%s","source":"/registry-service","type":"%s","subject":"%s",
                 "time":"2023-12-31T19:00:00.000000Z","datacontenttype":"application/json",
                 "data":{"id":"%s","bin":"123","names":{"en":"x"},"level":"REGIONAL","kind":"MINISTRY","version":0}}
                """.formatted(UUID.randomUUID(), CREATED, UUID.randomUUID(), UUID.randomUUID()));
        assertTrue(schema(CREATED).validate(broken).size() >= 3);
    }
}
