package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.forum.support.Recommendations.body;
import static kz.civic.forum.support.Recommendations.create;
import static kz.civic.forum.support.Recommendations.etag;
import static kz.civic.forum.support.Recommendations.inStatus;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.support.Recommendations;
import kz.civic.forum.support.Recommendations.World;
import kz.civic.forum.support.RegistryEvents;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class RecommendationCoAuthorTest {

    private static Response join(String id, String token) {
        var request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/api/v1/recommendations/" + id + "/co-authors");
    }

    @Test
    void anNgoJoinsADraftAsCoAuthorOnce() {
        World w = Recommendations.world();
        UUID partner = RegistryEvents.ngo("ACTIVE");
        String id = create(body());
        join(id, Tokens.ngo(partner)).then().statusCode(200).header("ETag", "\"1\"")
                .body("authorNgoIds", contains(w.ngoId().toString(), partner.toString()));
        join(id, Tokens.ngo(partner)).then().statusCode(200).header("ETag", "\"1\"");
        given().get("/api/v1/recommendations/" + id).then().body("authorNgoIds", contains(w.ngoId().toString(),
                partner.toString()));
    }

    @Test
    void onlyDraftsOnlyRegisteredLiveNgosOnlyNgoTokens() {
        World w = Recommendations.world();
        String submitted = inStatus(RecommendationStatus.SUBMITTED);
        join(submitted, Tokens.ngo(RegistryEvents.ngo("ACTIVE"))).then().statusCode(409)
                .body("type", equalTo("/problems/not-a-draft"));
        String draft = create(body());
        String etag = etag(draft);
        join(draft, Tokens.ngo(UUID.randomUUID())).then().statusCode(422).body("type", equalTo("/problems/unknown-ngo"));
        join(draft, Tokens.ngo(RegistryEvents.ngo("LIQUIDATING"))).then().statusCode(422)
                .body("type", equalTo("/problems/ngo-wound-up"));
        join(draft, Tokens.of("ngo")).then().statusCode(403).body("type", equalTo("/problems/ngo-not-bound"));
        join(draft, Tokens.secretariat()).then().statusCode(403);
        join(draft, Tokens.agency(w.centralBodyId())).then().statusCode(403);
        join(draft, null).then().statusCode(401);
        join(UUID.randomUUID().toString(), Tokens.ngo(w.ngoId())).then().statusCode(404);
        assertEquals(etag, etag(draft));
    }
}
