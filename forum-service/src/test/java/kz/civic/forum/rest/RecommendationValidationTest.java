package kz.civic.forum.rest;

import static kz.civic.forum.support.Recommendations.body;
import static kz.civic.forum.support.Recommendations.post;
import static kz.civic.forum.support.Recommendations.rowsWritten;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.civic.forum.support.Recommendations;
import kz.civic.forum.support.Recommendations.World;
import kz.civic.forum.support.RegistryEvents;
import kz.civic.infra.testing.InfraTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class RecommendationValidationTest {

    private static Map<String, Object> with(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = body();
        change.accept(body);
        return body;
    }

    /** A change of the valid body; applied in the test, when the application runs. */
    private static Consumer<Map<String, Object>> breaking(Consumer<Map<String, Object>> change) {
        return change;
    }

    private static Map<String, Object> agency(String type, Object bodyId) {
        Map<String, Object> addressee = new HashMap<>();
        addressee.put("type", type);
        addressee.put("governmentBodyId", bodyId == null ? null : bodyId.toString());
        return addressee;
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("sdg 18", breaking(b -> b.put("sdgGoals", List.of(3, 18))), "sdgGoals[1]"),
                Arguments.of("sdg 0", breaking(b -> b.put("sdgGoals", List.of(0))), "sdgGoals[0]"),
                Arguments.of("text only in English", breaking(b -> b.put("text", Map.of("en", "Adopt a law"))),
                        "text"),
                Arguments.of("no text", breaking(b -> b.remove("text")), "text"),
                Arguments.of("unknown priority", breaking(b -> b.put("priority", "URGENT")), "priority"),
                Arguments.of("unknown source type", breaking(b -> b.put("sourceType", "PETITION")), "sourceType"),
                Arguments.of("unknown addressee type", breaking(b -> b.put("addressees", List.of(Map.of("type", "PARLIAMENT")))),
                        "addressees[0].type"),
                Arguments.of("no addressee", breaking(b -> b.put("addressees", List.of())), "addressees"),
                Arguments.of("sphere not a code", breaking(b -> b.put("spheres", List.of("human rights"))), "spheres[0]"),
                Arguments.of("region not a code", breaking(b -> b.put("regionCode", "Almaty")), "regionCode"),
                Arguments.of("status mass-assigned", breaking(b -> b.put("status", "ACCEPTED")), "status"),
                Arguments.of("author not a UUID", breaking(b -> b.put("authorNgoIds", List.of("CAK"))), "authorNgoIds[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIs400NamingTheFieldAndWritesNothing(String name, Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = with(change);
        long before = rowsWritten();
        post(body).then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
        assertEquals(before, rowsWritten());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"text\": ", "[1, 2]", "not json", "" })
    void malformedJsonIs400(String body) {
        long before = rowsWritten();
        post(body).then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, rowsWritten());
    }

    @Test
    void anUnknownAuthorIs422NamingItAndWritesNothing() {
        UUID unknown = UUID.randomUUID();
        long before = rowsWritten();
        World w = Recommendations.world();
        post(with(b -> b.put("authorNgoIds", List.of(w.ngoId().toString(), unknown.toString())))).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("/problems/unknown-ngo"))
                .body("ngoId", equalTo(unknown.toString())).body("errors[0].field", equalTo("authorNgoIds[1]"))
                .body("detail", containsString(unknown.toString()));
        assertEquals(before, rowsWritten());
    }

    @ParameterizedTest
    @ValueSource(strings = { "LIQUIDATING", "LIQUIDATED" })
    void anAuthorBeingWoundUpIs422(String status) {
        UUID ngo = RegistryEvents.ngo(status);
        long before = rowsWritten();
        post(with(b -> b.put("authorNgoIds", List.of(ngo.toString())))).then().statusCode(422)
                .body("type", equalTo("/problems/ngo-wound-up")).body("ngoId", equalTo(ngo.toString()))
                .body("ngoStatus", equalTo(status)).body("errors[0].field", equalTo("authorNgoIds[0]"));
        assertEquals(before, rowsWritten());
    }

    @Test
    void suspendedAndInactiveNgosMayStillAuthor() {
        UUID suspended = RegistryEvents.ngo("SUSPENDED");
        UUID inactive = RegistryEvents.ngo("INACTIVE");
        post(with(b -> b.put("authorNgoIds", List.of(suspended.toString(), inactive.toString())))).then().statusCode(201);
    }

    static Stream<Arguments> badAddressees() {
        UUID unknown = UUID.randomUUID();
        return Stream.of(
                Arguments.of("CENTRAL_AGENCY", (Function<World, UUID>) w -> unknown, "unknown-government-body"),
                Arguments.of("LOCAL_AGENCY", (Function<World, UUID>) w -> null, "government-body-required"),
                Arguments.of("CENTRAL_AGENCY", (Function<World, UUID>) World::localBodyId, "addressee-level-mismatch"),
                Arguments.of("LOCAL_AGENCY", (Function<World, UUID>) World::centralBodyId, "addressee-level-mismatch"),
                Arguments.of("BUSINESS", (Function<World, UUID>) World::centralBodyId, "government-body-not-expected"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("badAddressees")
    void anAddresseeWithoutAFittingGovernmentBodyIs422(String type, Function<World, UUID> body, String problem) {
        Map<String, Object> addressee = agency(type, body.apply(Recommendations.world()));
        long before = rowsWritten();
        post(with(b -> {
            List<Object> addressees = new ArrayList<>((List<?>) b.get("addressees"));
            addressees.add(addressee);
            b.put("addressees", addressees);
        })).then().statusCode(422)
                .body("type", equalTo("/problems/" + problem)).body("errors[0].field", equalTo("addressees[3].governmentBodyId"));
        assertEquals(before, rowsWritten());
    }

    @ParameterizedTest
    @ValueSource(strings = { "REPUBLICAN_FORUM:unknown-forum", "REGIONAL_FORUM:unknown-regional-forum",
        "DIALOGUE_PLATFORM:unknown-dialogue-platform" })
    void anUnknownSourceIs422(String typeAndProblem) {
        String[] parts = typeAndProblem.split(":");
        long before = rowsWritten();
        post(with(b -> {
            b.put("sourceType", parts[0]);
            b.put("sourceId", UUID.randomUUID().toString());
        })).then().statusCode(422).body("type", equalTo("/problems/" + parts[1])).body("errors[0].field", equalTo("sourceId"));
        assertEquals(before, rowsWritten());
    }

    @Test
    void aSourceOfAnotherKindDoesNotCount() {
        World w = Recommendations.world();
        post(with(b -> {
            b.put("sourceType", "DIALOGUE_PLATFORM");
            b.put("sourceId", w.forumId().toString());
        })).then().statusCode(422).body("type", equalTo("/problems/unknown-dialogue-platform"));
        post(with(b -> b.put("authorNgoIds", new ArrayList<>(List.of(w.centralBodyId().toString()))))).then()
                .statusCode(422).body("type", equalTo("/problems/unknown-ngo"));
    }
}
