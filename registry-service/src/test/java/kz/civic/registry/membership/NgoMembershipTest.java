package kz.civic.registry.membership;

import static io.restassured.RestAssured.given;
import static kz.civic.registry.RegistryTestSupport.ngoToken;
import static kz.civic.registry.RegistryTestSupport.registerNgo;
import static kz.civic.registry.RegistryTestSupport.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.registry.RegistryTestSupport;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class NgoMembershipTest {

    private static final String TYPE = "kz.civic.registry.ngo.membership-changed.v1";

    @Inject
    DataSource dataSource;

    private static ValidatableResponse join(String token, String ngoId, String memberOfId, String since) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"memberOfId\": \"" + memberOfId + "\", \"since\": \"" + since + "\"}")
                .post("/api/v1/ngos/" + ngoId + "/memberships").then();
    }

    private static ValidatableResponse members(String associationId) {
        return given().queryParam("memberOf", associationId).queryParam("limit", 200).get("/api/v1/ngos").then().statusCode(200);
    }

    private long rows(String ngoId) throws Exception {
        return RegistryTestSupport.count(dataSource, "SELECT count(*) FROM ngo_membership WHERE ngo_id = ?",
                UUID.fromString(ngoId));
    }

    @Test
    void membershipsAreCursorPaginatedOldestFirst() {
        String member = registerNgo("2010-03-01");
        String alliance = registerNgo("2005-07-01");
        String regional = registerNgo("2006-07-01");
        String network = registerNgo("2007-07-01");
        join(ngoToken(member), member, regional, "2021-05-01").statusCode(201);
        join(ngoToken(member), member, alliance, "2019-01-10").statusCode(201);
        join(ngoToken(member), member, network, "2023-09-01").statusCode(201);
        String path = "/api/v1/ngos/" + member + "/memberships";
        var first = given().queryParam("limit", 2).get(path).then().statusCode(200)
                .body("items.memberOfId", contains(alliance, regional)).body("nextCursor", notNullValue())
                .header("Link", containsString("rel=\"next\"")).extract();
        given().queryParam("limit", 2).queryParam("cursor", first.path("nextCursor").toString()).get(path).then()
                .statusCode(200).body("items.memberOfId", contains(network)).body("nextCursor", nullValue());

        given().auth().oauth2(token("registrar")).queryParam("until", "2024-12-31").delete(path + "/" + regional).then()
                .statusCode(200);
        given().queryParam("limit", 1).get(path).then().body("items.memberOfId", contains(alliance));
        String cursor = given().queryParam("limit", 1).queryParam("includeEnded", true).get(path).then()
                .body("items.memberOfId", contains(alliance)).extract().path("nextCursor");
        given().queryParam("limit", 1).queryParam("includeEnded", true).queryParam("cursor", cursor).get(path).then()
                .body("items.memberOfId", contains(regional)).body("items[0].until", equalTo("2024-12-31"));
        given().queryParam("limit", 1).queryParam("cursor", cursor).get(path).then()
                .body("items.memberOfId", contains(network));

        given().queryParam("cursor", "not-a-cursor").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/invalid-cursor"));
        given().queryParam("limit", 0).get(path).then().statusCode(400);
        given().get("/api/v1/ngos/" + UUID.randomUUID() + "/memberships").then().statusCode(404);
    }

    @Test
    void ngoJoinsAndLeavesAnAssociationWithHistoryAndEvents() throws Exception {
        String alliance = registerNgo("2005-07-01");
        String member = registerNgo("2010-03-01");
        join(ngoToken(member), member, alliance, "2020-01-15").statusCode(201)
                .header("Location", endsWith("/memberships/" + alliance))
                .body("memberOfId", equalTo(alliance)).body("since", equalTo("2020-01-15")).body("until", nullValue());
        members(alliance).body("items.id", contains(member));
        given().get("/api/v1/ngos/" + member + "/memberships").then().statusCode(200)
                .body("items.memberOfId", contains(alliance));
        given().get("/api/v1/ngos/" + member).then().body("version", equalTo(1));

        given().auth().oauth2(token("registrar")).queryParam("until", "2024-12-31")
                .delete("/api/v1/ngos/" + member + "/memberships/" + alliance).then().statusCode(200)
                .body("until", equalTo("2024-12-31"));
        members(alliance).body("items", empty());
        given().get("/api/v1/ngos/" + member + "/memberships").then().body("items", empty());
        given().queryParam("includeEnded", true).get("/api/v1/ngos/" + member + "/memberships").then()
                .body("items", hasSize(1)).body("items[0].until", equalTo("2024-12-31"));
        given().auth().oauth2(token("registrar")).delete("/api/v1/ngos/" + member + "/memberships/" + alliance)
                .then().statusCode(404).contentType("application/problem+json");

        List<JsonNode> events = RegistryTestSupport.events(RegistryTestSupport.NGOS_TOPIC, member, TYPE, 2);
        for (JsonNode e : events) {
            RegistryTestSupport.assertMatchesContract(e);
        }
        assertEquals("JOINED", events.get(0).at("/data/change").asText());
        assertEquals(alliance, events.get(0).at("/data/memberships/0/memberOfId").asText());
        assertEquals("LEFT", events.get(1).at("/data/change").asText());
        assertEquals(0, events.get(1).at("/data/memberships").size());
        assertEquals(2, events.get(1).at("/data/version").asInt());

        join(ngoToken(member), member, alliance, LocalDate.now().minusDays(1).toString()).statusCode(201);
        assertEquals(2, rows(member));
    }

    @Test
    void invalidMembershipsAreRejectedAndWriteNothing() throws Exception {
        String alliance = registerNgo("2005-07-01");
        String member = registerNgo("2010-03-01");
        String rep = ngoToken(member);
        join(rep, member, member, "2020-01-01").statusCode(422).body("type", equalTo("/problems/self-membership"));
        join(rep, member, UUID.randomUUID().toString(), "2020-01-01").statusCode(422)
                .body("type", equalTo("/problems/unknown-association"));
        join(rep, member, alliance, LocalDate.now().plusDays(2).toString()).statusCode(422)
                .body("type", equalTo("/problems/invalid-since"));
        join(rep, member, "not-a-uuid", "2020-01-01").statusCode(400).contentType("application/problem+json");
        join(rep, member, alliance, "2020-13-01").statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(rep).contentType("application/json").body("{\"since\": \"2020-01-01\"}")
                .post("/api/v1/ngos/" + member + "/memberships").then().statusCode(400)
                .body("errors[0].field", equalTo("memberOfId"));
        assertEquals(0, rows(member));

        join(rep, member, alliance, "2020-01-01").statusCode(201);
        join(token("registrar"), member, alliance, "2021-01-01").statusCode(409)
                .body("type", equalTo("/problems/already-member")).body("since", equalTo("2020-01-01"));
        given().auth().oauth2(rep).queryParam("until", "2019-01-01")
                .delete("/api/v1/ngos/" + member + "/memberships/" + alliance).then().statusCode(422)
                .body("type", equalTo("/problems/invalid-until"));
        given().auth().oauth2(rep).queryParam("until", "yesterday")
                .delete("/api/v1/ngos/" + member + "/memberships/" + alliance).then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(1, rows(member));
        members(alliance).body("items.id", contains(member));
        given().queryParam("memberOf", "x").get("/api/v1/ngos").then().statusCode(400);
    }

    @Test
    void onlyTheNgoItselfAndTheRegistryChangeMemberships() throws Exception {
        String alliance = registerNgo("2005-07-01");
        String member = registerNgo("2010-03-01");
        given().contentType("application/json").body("{\"memberOfId\": \"" + alliance + "\", \"since\": \"2020-01-01\"}")
                .post("/api/v1/ngos/" + member + "/memberships").then().statusCode(401)
                .contentType("application/problem+json");
        join(ngoToken(alliance), member, alliance, "2020-01-01").statusCode(403).contentType("application/problem+json");
        join(token("analyst"), member, alliance, "2020-01-01").statusCode(403);
        assertEquals(0, rows(member));
        join(token("admin"), member, alliance, "2020-01-01").statusCode(201);
        given().delete("/api/v1/ngos/" + member + "/memberships/" + alliance).then().statusCode(401);
        given().auth().oauth2(ngoToken(alliance)).delete("/api/v1/ngos/" + member + "/memberships/" + alliance)
                .then().statusCode(403);
        members(alliance).body("items.id", contains(member));
    }
}
