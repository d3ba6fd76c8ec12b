package kz.civic.registry.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.registry.NgoStatus;
import kz.civic.registry.TestBins;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class NgoLifecycleResourceTest {

    /** A path from REGISTERED to each status, through allowed transitions only. */
    private static final Map<NgoStatus, List<NgoStatus>> PATH_TO = Map.of(
            NgoStatus.REGISTERED, List.of(),
            NgoStatus.ACTIVE, List.of(NgoStatus.ACTIVE),
            NgoStatus.INACTIVE, List.of(NgoStatus.ACTIVE, NgoStatus.INACTIVE),
            NgoStatus.SUSPENDED, List.of(NgoStatus.ACTIVE, NgoStatus.SUSPENDED),
            NgoStatus.LIQUIDATING, List.of(NgoStatus.LIQUIDATING),
            NgoStatus.LIQUIDATED, List.of(NgoStatus.LIQUIDATING, NgoStatus.LIQUIDATED));

    private final String registrar = NgoResourceTest.token("registrar");

    private String register() {
        return given().auth().oauth2(registrar).contentType("application/json").body(NgoResourceTest.body(TestBins.random()))
                .post("/api/v1/ngos").then().statusCode(201).extract().path("id");
    }

    private Response change(String id, String etag, NgoStatus to) {
        return given().auth().oauth2(registrar).header("If-Match", etag).contentType("application/json")
                .body("{\"to\":\"" + to + "\",\"reason\":\"test\",\"legalBasis\":\"Order 1\"}")
                .post("/api/v1/ngos/" + id + "/status-changes");
    }

    private String etag(String id) {
        return given().get("/api/v1/ngos/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Creates an NGO and walks it to {@code status}; returns its id. */
    private String ngoIn(NgoStatus status) {
        String id = register();
        for (NgoStatus step : PATH_TO.get(status)) {
            change(id, etag(id), step).then().statusCode(200).body("status", equalTo(step.name()));
        }
        return id;
    }

    @Test
    void everyForbiddenTransitionIs409WithTheAllowedOnesAndChangesNothing() {
        for (NgoStatus from : NgoStatus.values()) {
            String id = ngoIn(from);
            String etag = etag(id);
            Set<NgoStatus> forbidden = EnumSet.allOf(NgoStatus.class);
            forbidden.removeAll(from.allowedTargets());
            for (NgoStatus to : forbidden) {
                change(id, etag, to).then().statusCode(409).contentType("application/problem+json")
                        .body("type", equalTo("/problems/illegal-transition"))
                        .body("allowed", hasSize(from.allowedTargets().size()));
            }
            given().get("/api/v1/ngos/" + id).then().body("status", equalTo(from.name())).header("ETag", etag);
        }
    }

    @Test
    void everyAllowedTransitionSucceedsAndHistoryIsComplete() {
        for (NgoStatus from : NgoStatus.values()) {
            for (NgoStatus to : from.allowedTargets()) {
                String id = ngoIn(from);
                change(id, etag(id), to).then().statusCode(200).body("status", equalTo(to.name()));
            }
        }
        String id = register();
        List<NgoStatus> walk = List.of(NgoStatus.ACTIVE, NgoStatus.SUSPENDED, NgoStatus.ACTIVE, NgoStatus.INACTIVE,
                NgoStatus.ACTIVE, NgoStatus.LIQUIDATING, NgoStatus.LIQUIDATED);
        for (NgoStatus step : walk) {
            change(id, etag(id), step).then().statusCode(200);
        }
        List<String> expectedTo = new ArrayList<>(List.of("REGISTERED"));
        walk.forEach(s -> expectedTo.add(s.name()));
        given().auth().oauth2(registrar).get("/api/v1/ngos/" + id + "/history?limit=3").then().statusCode(200)
                .body("items", hasSize(3)).body("items[0].from", nullValue())
                .body("items[0].actor", equalTo("user-registrar"));
        given().get("/api/v1/ngos/" + id + "/history?limit=200").then().statusCode(200)
                .body("items.to", contains(expectedTo.toArray()))
                .body("items[1].from", equalTo("REGISTERED"))
                .body("items[1].legalBasis", equalTo("Order 1"))
                .body("items[0].actor", nullValue());
        change(id, etag(id), NgoStatus.ACTIVE).then().statusCode(409).body("detail", equalTo("LIQUIDATED is terminal"));
    }

    @Test
    void concurrentChangesWithTheSameEtagHaveExactlyOneWinner() throws Exception {
        String id = ngoIn(NgoStatus.ACTIVE);
        String etag = etag(id);
        List<CompletableFuture<Integer>> racers = new ArrayList<>();
        for (NgoStatus to : List.of(NgoStatus.SUSPENDED, NgoStatus.INACTIVE, NgoStatus.SUSPENDED, NgoStatus.INACTIVE)) {
            racers.add(CompletableFuture.supplyAsync(() -> change(id, etag, to).statusCode()));
        }
        int winners = 0;
        for (CompletableFuture<Integer> r : racers) {
            int status = r.get();
            assertTrue(status == 200 || status == 412, "unexpected " + status);
            winners += status == 200 ? 1 : 0;
        }
        assertEquals(1, winners);
        given().get("/api/v1/ngos/" + id + "/history").then().body("items", hasSize(3));
    }

    @Test
    void preconditionsAndRolesAreEnforced() {
        String id = register();
        given().auth().oauth2(registrar).contentType("application/json").body("{\"to\":\"ACTIVE\",\"reason\":\"x\"}")
                .post("/api/v1/ngos/" + id + "/status-changes").then().statusCode(428);
        change(id, "\"41\"", NgoStatus.ACTIVE).then().statusCode(412);
        given().contentType("application/json").header("If-Match", "\"0\"").body("{\"to\":\"ACTIVE\",\"reason\":\"x\"}")
                .post("/api/v1/ngos/" + id + "/status-changes").then().statusCode(401);
        given().auth().oauth2(NgoResourceTest.token("ngo")).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"to\":\"ACTIVE\",\"reason\":\"x\"}")
                .post("/api/v1/ngos/" + id + "/status-changes").then().statusCode(403);
        given().auth().oauth2(registrar).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"to\":\"DISSOLVED\",\"reason\":\"x\"}")
                .post("/api/v1/ngos/" + id + "/status-changes").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(registrar).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"to\":\"ACTIVE\",\"reason\":\"\"}")
                .post("/api/v1/ngos/" + id + "/status-changes").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().get("/api/v1/ngos/" + id).then().body("status", equalTo("REGISTERED")).header("ETag", "\"0\"");
    }

    @Test
    void statusChangedEventMatchesItsContract() throws Exception {
        String id = ngoIn(NgoStatus.ACTIVE);
        JsonNode event = null;
        for (JsonNode candidate : NgoResourceTest.events(id, 2)) {
            if (candidate.at("/type").asText().endsWith("status-changed.v1")) {
                event = candidate;
            }
        }
        assertTrue(event != null, "no status-changed event");
        try (InputStream in = Files.newInputStream(Path.of("../contracts/events/kz.civic.registry.ngo.status-changed.v1.json"))) {
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in)
                    .validate(event);
            assertTrue(errors.isEmpty(), "event violates its schema: " + errors);
        }
        assertEquals("ACTIVE", event.at("/data/to").asText());
        assertEquals(1, event.at("/data/version").asLong());
    }
}
