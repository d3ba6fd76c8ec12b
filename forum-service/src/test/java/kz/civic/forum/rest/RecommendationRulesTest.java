package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static kz.civic.forum.support.Recommendations.change;
import static kz.civic.forum.support.Recommendations.etag;
import static kz.civic.forum.support.Recommendations.inStatus;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.support.Db;
import kz.civic.forum.support.Recommendations;
import kz.civic.forum.support.Tokens;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of particular transitions: the justification of DECLINED and the lineage of MERGED. */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class RecommendationRulesTest {

    private static void unchanged(String id, String etag, long rows) {
        given().get("/api/v1/recommendations/" + id).then().body("status", equalTo("SUBMITTED")).header("ETag", etag);
        assertEquals(rows, Recommendations.rowsWritten());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"to\":\"DECLINED\"}", "{\"to\":\"DECLINED\",\"reason\":\"   \"}",
        "{\"to\":\"DECLINED\",\"reason\":null}" })
    void declinedWithoutJustificationIs422AndChangesNothing(String request) {
        String id = inStatus(RecommendationStatus.SUBMITTED);
        String etag = etag(id);
        long rows = Recommendations.rowsWritten();
        given().auth().oauth2(Tokens.secretariat()).header("If-Match", etag)
                .contentType("application/json").body(request).post("/api/v1/recommendations/" + id + "/status-changes")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/justification-required")).body("errors[0].field", equalTo("reason"));
        unchanged(id, etag, rows);
    }

    @Test
    void declinedWithJustificationKeepsIt() {
        String id = inStatus(RecommendationStatus.SUBMITTED);
        change(id, etag(id), Map.of("to", "DECLINED", "reason", "already covered by the Concept until 2030"))
                .then().statusCode(200).body("status", equalTo("DECLINED"));
        given().get("/api/v1/recommendations/" + id + "/history").then()
                .body("items[2].reason", equalTo("already covered by the Concept until 2030"));
    }

    @Test
    void mergedKeepsTheLineageBothWays() {
        String target = inStatus(RecommendationStatus.ACCEPTED);
        String first = inStatus(RecommendationStatus.SUBMITTED);
        String second = inStatus(RecommendationStatus.SUBMITTED);
        String targetEtag = etag(target);
        change(first, etag(first), Map.of("to", "MERGED", "reason", "same proposal", "mergedIntoId", target))
                .then().statusCode(200).body("status", equalTo("MERGED")).body("mergedIntoId", equalTo(target));
        change(second, etag(second), Map.of("to", "MERGED", "mergedIntoId", target)).then().statusCode(200);
        String newEtag = given().get("/api/v1/recommendations/" + target).then().statusCode(200)
                .body("mergedFrom", contains(first, second)).body("status", equalTo("ACCEPTED"))
                .body("mergedIntoId", nullValue()).extract().header("ETag");
        assertNotEquals(targetEtag, newEtag, "the target's representation changed, so must its ETag");
        given().header("If-None-Match", targetEtag).get("/api/v1/recommendations/" + target).then().statusCode(200);
        given().get("/api/v1/recommendations/" + first).then().body("mergedFrom", empty());
        given().get("/api/v1/recommendations/" + first + "/history").then().body("items[2].mergedIntoId", equalTo(target));
        assertEquals(target, Db.row("SELECT merged_into_id::text AS target FROM recommendation WHERE id = ?::uuid", first)
                .get("target"));
        change(target, targetEtag, Map.of("to", "IN_PROGRESS")).then().statusCode(412);
    }

    @Test
    void concurrentMergesIntoOneTargetAllKeepTheirLineage() throws Exception {
        String target = inStatus(RecommendationStatus.SUBMITTED);
        long version = Long.parseLong(etag(target).replace("\"", ""));
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sources.add(inStatus(RecommendationStatus.SUBMITTED));
        }
        List<CompletableFuture<Integer>> merges = new ArrayList<>();
        for (String source : sources) {
            merges.add(CompletableFuture.supplyAsync(() ->
                    change(source, "\"1\"", Map.of("to", "MERGED", "mergedIntoId", target)).statusCode()));
        }
        for (CompletableFuture<Integer> merge : merges) {
            assertEquals(200, merge.get());
        }
        given().get("/api/v1/recommendations/" + target).then().body("mergedFrom", containsInAnyOrder(sources.toArray()))
                .header("ETag", "\"" + (version + 4) + "\"");
    }

    @Test
    void mergedNeedsAnExistingLiveTargetOtherThanItself() {
        String id = inStatus(RecommendationStatus.SUBMITTED);
        String etag = etag(id);
        long rows = Recommendations.rowsWritten();
        change(id, etag, Map.of("to", "MERGED")).then().statusCode(422)
                .body("type", equalTo("/problems/merge-target-required")).body("errors[0].field", equalTo("mergedIntoId"));
        change(id, etag, Map.of("to", "MERGED", "mergedIntoId", id)).then().statusCode(422)
                .body("type", equalTo("/problems/invalid-merge-target"));
        String unknown = UUID.randomUUID().toString();
        change(id, etag, Map.of("to", "MERGED", "mergedIntoId", unknown)).then().statusCode(422)
                .body("type", equalTo("/problems/unknown-recommendation")).body("mergedIntoId", equalTo(unknown));
        unchanged(id, etag, rows);
    }

    @ParameterizedTest
    @EnumSource(value = RecommendationStatus.class, names = { "DRAFT", "DECLINED", "MERGED", "IMPLEMENTED",
        "PARTIALLY_IMPLEMENTED", "NOT_IMPLEMENTED" })
    void aTargetThatIsNotLiveCannotAbsorbAnother(RecommendationStatus targetStatus) {
        String target = inStatus(targetStatus);
        String id = inStatus(RecommendationStatus.SUBMITTED);
        String etag = etag(id);
        long rows = Recommendations.rowsWritten();
        change(id, etag, Map.of("to", "MERGED", "mergedIntoId", target)).then().statusCode(422)
                .body("type", equalTo("/problems/invalid-merge-target")).body("targetStatus", equalTo(targetStatus.name()));
        unchanged(id, etag, rows);
    }

    @Test
    void aMergeTargetOnAnotherTransitionIs422() {
        String target = inStatus(RecommendationStatus.SUBMITTED);
        String id = inStatus(RecommendationStatus.SUBMITTED);
        String etag = etag(id);
        long rows = Recommendations.rowsWritten();
        change(id, etag, Map.of("to", "ACCEPTED", "mergedIntoId", target)).then().statusCode(422)
                .body("type", equalTo("/problems/merge-target-not-expected")).body("errors[0].field", equalTo("mergedIntoId"));
        unchanged(id, etag, rows);
    }
}
