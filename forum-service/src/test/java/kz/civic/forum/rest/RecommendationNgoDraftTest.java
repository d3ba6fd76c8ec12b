package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.forum.support.Recommendations.body;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.support.Db;
import kz.civic.forum.support.Recommendations;
import kz.civic.forum.support.RegistryEvents;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

/** An NGO drafts a recommendation in its own name; the secretariat reviews and submits it (issue 16 item 13). */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class RecommendationNgoDraftTest {

    private static Response draft(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/recommendations");
    }

    private static long recommendations() {
        return Db.count("SELECT count(*) FROM recommendation");
    }

    @Test
    void anNgoDraftsInItsOwnNameAndTheSecretariatSubmits() {
        UUID ngo = RegistryEvents.ngo("ACTIVE");
        Map<String, Object> withoutAuthors = body();
        withoutAuthors.remove("authorNgoIds");
        String id = draft(Tokens.ngo(ngo), withoutAuthors).then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("authorNgoIds", contains(ngo.toString())).extract().path("id");
        Map<String, Object> naming = body();
        naming.put("authorNgoIds", List.of(ngo.toString()));
        draft(Tokens.ngo(ngo), naming).then().statusCode(201).body("authorNgoIds", contains(ngo.toString()));
        given().get("/api/v1/recommendations?authorNgoId=" + ngo).then().statusCode(200).body("items.id", hasItem(id));
        // the secretariat reviews and submits it; the NGO itself does neither
        given().auth().oauth2(Tokens.ngo(ngo)).contentType("application/json").header("If-Match", "\"0\"")
                .body(withoutAuthors).put("/api/v1/recommendations/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.ngo(ngo)).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("to", "SUBMITTED", "reason", "ready")).post("/api/v1/recommendations/" + id + "/status-changes")
                .then().statusCode(403);
        Recommendations.change(id, "\"0\"", Map.of("to", "SUBMITTED", "reason", "reviewed")).then().statusCode(200)
                .body("authorNgoIds", contains(ngo.toString()));
    }

    @Test
    void anNgoCannotDraftForAnotherNgoOrUnbound() {
        UUID ngo = RegistryEvents.ngo("ACTIVE");
        UUID other = RegistryEvents.ngo("ACTIVE");
        long before = recommendations();
        for (List<String> authors : List.of(List.of(other.toString()), List.of(ngo.toString(), other.toString()))) {
            Map<String, Object> body = body();
            body.put("authorNgoIds", authors);
            draft(Tokens.ngo(ngo), body).then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-own-ngo"));
        }
        draft(Tokens.of("ngo"), body()).then().statusCode(403).body("type", equalTo("/problems/ngo-not-bound"));
        Map<String, Object> own = body();
        own.remove("authorNgoIds");
        draft(Tokens.ngo(UUID.randomUUID()), own).then().statusCode(422).body("type", equalTo("/problems/unknown-ngo"))
                .body("errors[0].field", equalTo("authorNgoIds[0]"));
        draft(Tokens.ngo(RegistryEvents.ngo("LIQUIDATED")), own).then().statusCode(422)
                .body("type", equalTo("/problems/ngo-wound-up"));
        assertEquals(before, recommendations());
    }
}
