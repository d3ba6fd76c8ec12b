package kz.civic.gateway.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private final OpenApiMerger merger = new OpenApiMerger(
            new OpenApiMerger.Info("Civic platform API", "1.0.0", "All of it",
                    new OpenApiMerger.Contact("API team", "api@civic.test", "https://civic.test/developers")),
            (service, path) -> path.startsWith("/api/v1/"));
    private final ObjectNode registry = OpenApiDocuments.load("registry");
    private final ObjectNode forum = OpenApiDocuments.load("forum");

    @Test
    void mergesTheRoutedPathsOfEveryService() {
        ObjectNode merged = merge();
        assertThat(names(merged.path("paths")),
                contains("/api/v1/forums", "/api/v1/forums/{id}", "/api/v1/ngos", "/api/v1/ngos/{id}"));
    }

    @Test
    void everyOperationListsTheGatewaysOwnAnswers() {
        ObjectNode merged = merge();
        JsonNode post = merged.at("/paths/~1api~1v1~1ngos/post/responses");
        for (String status : List.of("401", "413", "415", "429", "502", "503", "504")) {
            assertTrue(post.path(status).path("$ref").asText().startsWith("#/components/responses/Gateway"),
                    "POST /api/v1/ngos lists " + status);
        }
        JsonNode get = merged.at("/paths/~1api~1v1~1forums/get/responses");
        // a body sent to an operation that takes none is 415 too (found by reliability-tests' OpenApiFuzzIT)
        assertTrue(get.has("415") && get.has("429") && get.has("503"));
        assertFalse(get.has("413"), "no body, no 413");
        assertEquals("OK", get.path("200").path("description").asText(), "the service's own answers stay");
        JsonNode tooMany = merged.at("/components/responses/GatewayTooManyRequests");
        assertEquals("#/components/schemas/Problem",
                tooMany.at("/content/application~1problem+json/schema/$ref").asText());
        assertEquals(429, tooMany.at("/content/application~1problem+json/example/status").asInt());
        assertTrue(tooMany.path("headers").has("Retry-After"));
        assertThat(OpenApiDocuments.unresolved(merged), empty());
    }

    @Test
    void operationIdsUsedBySeveralServicesArePrefixedWithTheirService() {
        ((ObjectNode) registry.at("/paths/~1api~1v1~1ngos/get")).put("operationId", "list");
        ((ObjectNode) registry.at("/paths/~1api~1v1~1ngos/post")).put("operationId", "registerNgo");
        ((ObjectNode) forum.at("/paths/~1api~1v1~1forums/get")).put("operationId", "list");
        ObjectNode merged = merge();
        assertEquals("registry_list", merged.at("/paths/~1api~1v1~1ngos/get/operationId").asText());
        assertEquals("forum_list", merged.at("/paths/~1api~1v1~1forums/get/operationId").asText());
        assertEquals("registerNgo", merged.at("/paths/~1api~1v1~1ngos/post/operationId").asText(), "a unique one stays");
        assertEquals("list", registry.at("/paths/~1api~1v1~1ngos/get/operationId").asText(), "the inputs are not changed");
    }

    @Test
    void describesThePlatformNotAService() {
        ObjectNode merged = merge();
        assertEquals("3.1.0", merged.path("openapi").asText(), "the highest version of the parts");
        assertEquals("Civic platform API", merged.at("/info/title").asText());
        assertEquals("1.0.0", merged.at("/info/version").asText());
        assertEquals("All of it", merged.at("/info/description").asText());
    }

    @Test
    void clashingSchemasArePrefixedWithTheirServiceAndIdenticalOnesShared() {
        JsonNode schemas = merge().at("/components/schemas");
        assertThat(names(schemas), containsInAnyOrder("Forum", "ForumStatus", "LocalizedText", "Ngo", "NgoPage",
                "RegistryStatus", "UUID", "Problem"));
        assertEquals("LIQUIDATED", schemas.at("/RegistryStatus/enum/2").asText());
        assertEquals("HELD", schemas.at("/ForumStatus/enum/1").asText());
    }

    @Test
    void anIdenticalSchemaReferringToARenamedOneIsRenamedToo() {
        ((ObjectNode) forum.at("/components/schemas")).set("Ngo", registry.at("/components/schemas/Ngo").deepCopy());
        ObjectNode merged = merge();
        JsonNode schemas = merged.at("/components/schemas");
        assertFalse(schemas.has("Ngo"));
        assertEquals("#/components/schemas/ForumStatus", schemas.at("/ForumNgo/properties/status/$ref").asText());
        assertEquals("#/components/schemas/RegistryStatus", schemas.at("/RegistryNgo/properties/status/$ref").asText());
        assertEquals("#/components/schemas/RegistryNgo", schemas.at("/NgoPage/properties/items/items/$ref").asText());
        assertThat(OpenApiDocuments.unresolved(merged), empty());
    }

    @Test
    void referencesFollowTheRenamesAndAllResolve() {
        ObjectNode merged = merge();
        assertEquals("#/components/schemas/RegistryStatus",
                merged.at("/components/schemas/Ngo/properties/status/$ref").asText());
        assertEquals("#/components/schemas/ForumStatus",
                merged.at("/components/schemas/Forum/properties/status/$ref").asText());
        assertThat(OpenApiDocuments.refs(merged), hasItem("#/components/schemas/UUID"));
        assertThat(OpenApiDocuments.unresolved(merged), empty());
    }

    @Test
    void tagsAreMergedByNameFirstServiceFirst() {
        JsonNode tags = merge().path("tags");
        List<String> names = new ArrayList<>();
        tags.forEach(tag -> names.add(tag.path("name").asText()));
        assertThat(names, contains("Forums", "Shared", "NGOs"));
        assertEquals("Forum's description", tags.get(1).path("description").asText());
    }

    @Test
    void aServicesDefaultSecurityStaysWithItsOwnOperations() {
        ObjectNode merged = merge();
        assertFalse(merged.has("security"));
        assertEquals("[{\"bearer\":[]}]", merged.at("/paths/~1api~1v1~1ngos/post/security").toString());
        assertEquals("[{\"bearer\":[]}]", merged.at("/paths/~1api~1v1~1ngos~1{id}/get/security").toString());
        assertEquals("[]", merged.at("/paths/~1api~1v1~1ngos/get/security").toString(), "an explicit override stays");
        assertTrue(merged.at("/paths/~1api~1v1~1forums/get/security").isMissingNode(), "forum's stay as they were");
        assertEquals(1, merged.at("/components/securitySchemes").size());
    }

    @Test
    void clashingSecuritySchemesAreRenamedInRequirementsToo() {
        ((ObjectNode) forum.at("/components/securitySchemes/bearer")).put("bearerFormat", "opaque");
        ObjectNode merged = merge();
        assertThat(names(merged.at("/components/securitySchemes")),
                containsInAnyOrder("ForumBearer", "RegistryBearer"));
        assertEquals("[{\"RegistryBearer\":[]}]", merged.at("/paths/~1api~1v1~1ngos/post/security").toString());
        assertEquals("[{\"ForumBearer\":[]}]", merged.at("/paths/~1api~1v1~1forums~1{id}/get/security").toString());
    }

    @Test
    void infoHasTheContactAndServersTheAbsoluteUrl() {
        ObjectNode merged = merge();
        assertEquals("1.0.0", merged.at("/info/version").asText());
        assertEquals("API team", merged.at("/info/contact/name").asText());
        assertEquals("api@civic.test", merged.at("/info/contact/email").asText());
        assertEquals("https://civic.test/developers", merged.at("/info/contact/url").asText());
        assertEquals(1, merged.path("servers").size());
        assertEquals("https://api.civic.test", merged.at("/servers/0/url").asText());
    }

    @Test
    void everyResponseDeclaresTheApiVersionHeader() {
        ObjectNode merged = merge();
        assertEquals("string", merged.at("/components/headers/API-Version/schema/type").asText());
        List<String> missing = new ArrayList<>();
        merged.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().path("responses").fields().forEachRemaining(response -> {
                    JsonNode declared = response.getValue().has("$ref")
                            ? merged.at(response.getValue().path("$ref").asText().substring(1))
                            : response.getValue();
                    if (!"#/components/headers/API-Version".equals(
                            declared.at("/headers/API-Version/$ref").asText())) {
                        missing.add(op.getKey() + " " + path.getKey() + " " + response.getKey());
                    }
                })));
        assertThat(missing, empty());
        assertThat(OpenApiDocuments.unresolved(merged), empty());
    }

    @Test
    void leavesTheServicesDocumentsAsTheyWere() {
        ObjectNode before = registry.deepCopy();
        merge();
        assertEquals(before, registry);
    }

    private ObjectNode merge() {
        SortedMap<String, ObjectNode> documents = new TreeMap<>();
        documents.put("registry", registry);
        documents.put("forum", forum);
        return merger.merge(documents, "https://api.civic.test");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
