package kz.civic.gateway.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract a generated client relies on, checked on the merged document of the real services as their builds
 * produced them ({@link BuiltServiceDocuments}, merged as {@code /openapi} merges them): every error answer is
 * problem+json with the Problem schema; every operation has a unique, resource-oriented operationId; every response
 * declares {@code API-Version}; {@code servers} is one absolute URL; {@code info} has a contact and the version every
 * service states. A ratchet for typed success answers: the operations whose 2xx has no schema are listed in
 * {@code src/test/resources/openapi/untyped-success-answers.txt}; an operation not listed must have one, and a listed
 * one that gained one must leave the list, so it only shrinks.
 */
class OpenApiContractTest {

    private static final Path UNTYPED = Path.of("src/test/resources/openapi/untyped-success-answers.txt");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Map<String, Pattern> VERBS = Map.of(
            "get", Pattern.compile("(list|get)[A-Z][A-Za-z0-9]*"),
            "post", Pattern.compile("create[A-Z][A-Za-z0-9]*"),
            "put", Pattern.compile("replace[A-Z][A-Za-z0-9]*"),
            "patch", Pattern.compile("update[A-Z][A-Za-z0-9]*"),
            "delete", Pattern.compile("delete[A-Z][A-Za-z0-9]*"));
    private static final Set<String> PROBLEM_SCHEMAS = Set.of("#/components/schemas/Problem");

    private static SortedMap<String, ObjectNode> services;
    private static ObjectNode merged;

    @BeforeAll
    static void merge() {
        services = BuiltServiceDocuments.load();
        Assumptions.assumeTrue(services.keySet().containsAll(BuiltServiceDocuments.SERVICES), "the services are not "
                + "all packaged (only " + services.keySet() + "): build them first (the root build does)");
        merged = MergedDocumentFile.merge(services);
    }

    @Test
    void everyErrorAnswerIsProblemJsonWithTheProblemSchema() {
        List<String> wrong = new ArrayList<>();
        forEachResponse((where, response) -> {
            if (where.matches(".* [45]\\d\\d")) {
                JsonNode content = response.path("content");
                String schema = content.at("/application~1problem+json/schema/$ref").asText();
                if (content.size() != 1 || !PROBLEM_SCHEMAS.contains(schema)) {
                    wrong.add(where + " " + content);
                }
            }
        });
        assertThat(wrong, empty());
    }

    @Test
    void everyOperationHasAUniqueResourceOrientedOperationId() {
        Map<String, String> seen = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        forEachOperation((where, operation) -> {
            String id = operation.path("operationId").asText("");
            String method = where.substring(0, where.indexOf(' ')).toLowerCase();
            Pattern expected = VERBS.get(method);
            if (expected == null || !expected.matcher(id).matches() || id.contains("Resource")) {
                wrong.add(where + ": " + id);
            }
            String other = seen.put(id, where);
            if (other != null) {
                wrong.add(where + ": " + id + " is also the id of " + other);
            }
        });
        assertThat(wrong, empty());
    }

    @Test
    void everyResponseDeclaresTheApiVersionHeader() {
        assertEquals("string", merged.at("/components/headers/API-Version/schema/type").asText());
        List<String> missing = new ArrayList<>();
        forEachResponse((where, response) -> {
            if (!"#/components/headers/API-Version".equals(response.at("/headers/API-Version/$ref").asText())) {
                missing.add(where);
            }
        });
        assertThat(missing, empty());
    }

    @Test
    void serversIsOneAbsoluteUrl() {
        assertEquals(1, merged.path("servers").size(), merged.path("servers").toString());
        URI server = URI.create(merged.at("/servers/0/url").asText());
        assertTrue(server.isAbsolute() && server.getHost() != null
                && ("http".equals(server.getScheme()) || "https".equals(server.getScheme())), server.toString());
        assertTrue(server.getPath().isEmpty(), "the paths carry /api/v1, the server URL no path: " + server);
    }

    @Test
    void infoHasAContactAndTheVersionOfEveryService() {
        JsonNode info = merged.path("info");
        for (String field : List.of("name", "email", "url")) {
            assertTrue(!info.at("/contact/" + field).asText().isBlank(), "info.contact." + field + ": " + info);
        }
        String version = info.path("version").asText();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?"), version);
        services.forEach((service, document) -> assertEquals(version, document.at("/info/version").asText(),
                service + " states another version than the gateway: both come from the root pom's civic.api.version"));
        merged.path("paths").fieldNames().forEachRemaining(path -> assertTrue(path.startsWith("/api/v1/"), path));
    }

    @Test
    void onlyTheListedOperationsLackASuccessSchema() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(UNTYPED, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                listed.add(line.strip());
            }
        }
        Set<String> untyped = new TreeSet<>();
        forEachOperation((where, operation) -> {
            boolean typed = true;
            var responses = operation.path("responses").fields();
            while (responses.hasNext()) {
                var response = responses.next();
                if (response.getKey().startsWith("2") && !"204".equals(response.getKey())) {
                    JsonNode content = response.getValue().path("content");
                    typed &= content.size() > 0;
                    for (JsonNode mediaType : content) {
                        typed &= mediaType.path("schema").size() > 0;
                    }
                }
            }
            if (!typed) {
                untyped.add(where);
            }
        });
        List<String> unlisted = untyped.stream().filter(where -> !listed.contains(where)).toList();
        List<String> fixed = listed.stream().filter(where -> !untyped.contains(where)).toList();
        assertThat("operations whose success answer has no schema (give them one)", unlisted, empty());
        assertThat("listed in " + UNTYPED + " but typed now (or gone): remove them from the list", fixed, empty());
    }

    /** Every operation as {@code "GET /api/v1/ngos"}. */
    private static void forEachOperation(BiConsumer<String, JsonNode> action) {
        merged.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }));
    }

    /** Every response of every operation as {@code "GET /api/v1/ngos 404"}, a {@code $ref} resolved. */
    private static void forEachResponse(BiConsumer<String, JsonNode> action) {
        forEachOperation((where, operation) -> operation.path("responses").fields().forEachRemaining(response -> {
            JsonNode value = response.getValue();
            if (value.has("$ref")) {
                value = merged.at(value.path("$ref").asText().substring(1));
                assertTrue(!value.isMissingNode(), where + " " + response.getKey() + " refers to nothing");
            }
            action.accept(where + " " + response.getKey(), value);
        }));
    }
}
