package kz.civic.registry.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.registry.TestBins;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class NgoProfileTest {

    @Inject
    DataSource dataSource;

    private final String registrar = NgoResourceTest.token("registrar");
    private final String leaderIin = TestBins.randomIin();
    private final String founderIin = TestBins.randomIin();

    private String profile(String bin, String region, String spheres, String parent, String address) {
        return """
                {"bin": "%s", "names": {"ru": "Фонд «Шырак»", "kk": "«Шырақ» қоры", "en": "Shyrak Foundation"},
                 "aliases": ["Shyrak", "Шырак"], "legalForm": "PUBLIC_FOUNDATION", "regionCode": "%s",
                 "registrationDate": "2003-05-20", "parentNgoId": %s, "address": "%s", "settlement": "Almaty",
                 "contacts": {"email": "info@shyrak.kz", "phone": "+7 727 000 00 00", "website": "https://shyrak.kz"},
                 "spheres": [%s], "volunteersCount": 40, "beneficiariesCount": 1200,
                 "leader": {"fullName": "Айгуль Нурланова", "iin": "%s"},
                 "founders": [{"fullName": "Ержан Серикбаев", "iin": "%s"}]}
                """.formatted(bin, region, parent == null ? "null" : "\"" + parent + "\"", address, spheres, leaderIin,
                founderIin);
    }

    private String register(String body) {
        return given().auth().oauth2(registrar).contentType("application/json").body(body).post("/api/v1/ngos")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    private String someSphere() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT code FROM sphere ORDER BY sort_order LIMIT 1"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String ngoToken(String ngoId) {
        return Jwt.subject("ngo-user").groups("ngo").claim("ngoId", ngoId).audience("civic-api").sign();
    }

    @Test
    void personalDataIsShownOnlyToTheRegistryAndTheNgoItself() throws Exception {
        String sphere = someSphere();
        String id = register(profile(TestBins.random(), "KZ-75", "\"" + sphere + "\"", null, "Abai ave 1"));
        given().get("/api/v1/ngos/" + id).then().statusCode(200)
                .body("spheres", containsInAnyOrder(sphere)).body("contacts.website", equalTo("https://shyrak.kz"))
                .body("aliases", hasSize(2)).body("leader", nullValue()).body("founders", nullValue());
        given().auth().oauth2(NgoResourceTest.token("analyst")).get("/api/v1/ngos/" + id).then()
                .body("leader", nullValue());
        given().auth().oauth2(ngoToken(java.util.UUID.randomUUID().toString())).get("/api/v1/ngos/" + id).then()
                .body("leader", nullValue());
        given().auth().oauth2(registrar).get("/api/v1/ngos/" + id).then()
                .body("leader.iin", equalTo(leaderIin)).body("founders[0].fullName", equalTo("Ержан Серикбаев"));
        given().auth().oauth2(ngoToken(id)).get("/api/v1/ngos/" + id).then().body("leader.fullName", equalTo("Айгуль Нурланова"));
    }

    @Test
    void eventsCarryIinHashesNeverPersonalData() throws Exception {
        String id = register(profile(TestBins.random(), "KZ-75", "", null, "Abai ave 2"));
        JsonNode event = NgoResourceTest.events(id, 1).get(0);
        String text = event.toString();
        assertFalse(text.contains(leaderIin), "IIN leaked into the event");
        assertFalse(text.contains("Нурланова"), "person name leaked into the event");
        assertEquals(2, event.at("/data/persons").size());
        assertEquals(64, event.at("/data/persons/0/iinHash").asText().length());
        assertEquals("LEADER", event.at("/data/persons/0/role").asText());
        assertValid("kz.civic.registry.ngo.registered.v1", event);
    }

    @Test
    void referencesAreCheckedAndNothingIsWrittenOnFailure() throws Exception {
        String bin = TestBins.random();
        given().auth().oauth2(registrar).contentType("application/json")
                .body(profile(bin, "KZ-99", "", null, "x")).post("/api/v1/ngos")
                .then().statusCode(422).body("type", equalTo("/problems/unknown-region"))
                .body("errors[0].field", equalTo("regionCode")).body("field", nullValue());
        given().auth().oauth2(registrar).contentType("application/json")
                .body(profile(bin, "KZ-75", "\"NO_SUCH_SPHERE\"", null, "x")).post("/api/v1/ngos")
                .then().statusCode(422).body("type", equalTo("/problems/unknown-sphere"))
                .body("unknown", containsInAnyOrder("NO_SUCH_SPHERE")).body("errors[0].field", equalTo("spheres"));
        given().auth().oauth2(registrar).contentType("application/json")
                .body(profile(bin, "KZ-75", "", null, "x").replace(founderIin, founderIin.substring(0, 11) + "x"))
                .post("/api/v1/ngos").then().statusCode(400).body("errors[0].field", equalTo("founders[0].iin"));
        given().auth().oauth2(registrar).contentType("application/json")
                .body(profile(bin, "KZ-75", "", null, "x").replace("\"volunteersCount\": 40", "\"volunteersCount\": -1"))
                .post("/api/v1/ngos").then().statusCode(400).body("errors[0].field", equalTo("volunteersCount"));
        given().auth().oauth2(registrar).contentType("application/json")
                .body(profile(bin, "KZ-75", "", null, "x").replace("{\"bin\"", "{\"status\": \"ACTIVE\", \"bin\""))
                .post("/api/v1/ngos").then().statusCode(400).body("errors[0].field", equalTo("status"));
        assertEquals(0, count("SELECT count(*) FROM ngo WHERE bin = ?", bin));
    }

    @Test
    void branchesNeedTheirHeadOrganisation() {
        String head = register(profile(TestBins.random(), "KZ-75", "", null, "head"));
        String branchBin = TestBins.randomBranch();
        given().auth().oauth2(registrar).contentType("application/json").body(profile(branchBin, "KZ-71", "", null, "b"))
                .post("/api/v1/ngos").then().statusCode(422).body("type", equalTo("/problems/parent-required"));
        given().auth().oauth2(registrar).contentType("application/json")
                .body(profile(TestBins.random(), "KZ-71", "", head, "b"))
                .post("/api/v1/ngos").then().statusCode(422).body("type", equalTo("/problems/parent-not-allowed"));
        String branch = register(profile(branchBin, "KZ-71", "", head, "branch"));
        given().get("/api/v1/ngos/" + branch).then().body("parentNgoId", equalTo(head));
    }

    @Test
    void ngoEditsOnlyItsOwnProfileAndOnlyItsOwnFields() throws Exception {
        String bin = TestBins.random();
        String id = register(profile(bin, "KZ-75", "", null, "old address"));
        String mine = ngoToken(id);
        given().auth().oauth2(mine).contentType("application/json").body(profile(bin, "KZ-75", "", null, "new address"))
                .put("/api/v1/ngos/" + id).then().statusCode(428);
        given().auth().oauth2(mine).header("If-Match", "\"5\"").contentType("application/json")
                .body(profile(bin, "KZ-75", "", null, "new address")).put("/api/v1/ngos/" + id).then().statusCode(412);
        given().auth().oauth2(ngoToken(java.util.UUID.randomUUID().toString())).header("If-Match", "\"0\"")
                .contentType("application/json").body(profile(bin, "KZ-75", "", null, "hijack"))
                .put("/api/v1/ngos/" + id).then().statusCode(403);
        given().auth().oauth2(mine).header("If-Match", "\"0\"").contentType("application/json")
                .body(profile(bin, "KZ-71", "", null, "moved")).put("/api/v1/ngos/" + id)
                .then().statusCode(403).body("fields", containsInAnyOrder("regionCode"));
        given().auth().oauth2(registrar).header("If-Match", "\"0\"").contentType("application/json")
                .body(profile(TestBins.random(), "KZ-75", "", null, "x")).put("/api/v1/ngos/" + id)
                .then().statusCode(422).body("type", equalTo("/problems/bin-immutable"));
        given().contentType("application/json").header("If-Match", "\"0\"")
                .body(profile(bin, "KZ-75", "", null, "x")).put("/api/v1/ngos/" + id).then().statusCode(401);
        given().auth().oauth2(NgoResourceTest.token("analyst")).contentType("application/json").header("If-Match", "\"0\"")
                .body(profile(bin, "KZ-75", "", null, "x")).put("/api/v1/ngos/" + id).then().statusCode(403);
        assertEquals(1, count("SELECT count(*) FROM ngo WHERE bin = ? AND address = 'old address'", bin));

        given().auth().oauth2(mine).header("If-Match", "\"0\"").contentType("application/json")
                .body(profile(bin, "KZ-75", "", null, "new address")).put("/api/v1/ngos/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("address", equalTo("new address"));
        List<JsonNode> events = NgoResourceTest.events(id, 2);
        JsonNode updated = events.get(1);
        assertEquals("kz.civic.registry.ngo.updated.v1", updated.at("/type").asText());
        assertEquals(1, updated.at("/data/version").asLong());
        assertValid("kz.civic.registry.ngo.updated.v1", updated);
    }

    private static void assertValid(String type, JsonNode event) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("../contracts/events/" + type + ".json"))) {
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in)
                    .validate(event);
            assertTrue(errors.isEmpty(), type + " violates its schema: " + errors);
        }
    }

    private long count(String sql, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
