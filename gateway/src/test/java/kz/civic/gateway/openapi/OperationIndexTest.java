package kz.civic.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationIndexTest {

    private static final String DOCUMENT = """
            {"paths": {
              "/api/v1/ngos": {"get": {}, "post": {"requestBody": {"content": {"application/json": {}}}}},
              "/api/v1/ngos/{id}": {"parameters": [], "get": {}, "put": {"requestBody": {"content": {"application/json": {}}}}},
              "/api/v1/ngos/by-bin/{bin}": {"get": {}},
              "/api/v1/ngos/{id}/reports/{year}": {"get": {}, "put": {"requestBody": {"content": {"application/*": {}}}}},
              "/api/v1/ngos/statistics": {"get": {}},
              "/api/v1/files/{id}": {"put": {"requestBody": {"content": {"*/*": {}}}}}
            }}
            """;

    private final OperationIndex index = new OperationIndex(read(DOCUMENT));

    @Test
    void theTemplateWithTheMostLiteralCharactersWins() {
        assertEquals("/api/v1/ngos/statistics", template("/api/v1/ngos/statistics"));
        assertEquals("/api/v1/ngos/{id}", template("/api/v1/ngos/3f1c"));
        assertEquals("/api/v1/ngos/by-bin/{bin}", template("/api/v1/ngos/by-bin/940140000385"));
        assertEquals("/api/v1/ngos/{id}/reports/{year}", template("/api/v1/ngos/3f1c/reports/2025"));
        assertEquals("/api/v1/ngos", template("/api/v1/ngos/"), "one trailing slash is ignored");
    }

    @Test
    void aParameterIsOneWholeSegmentAndNothingElseMatches() {
        assertTrue(index.match("/api/v1/ngos/a/b").isEmpty());
        assertTrue(index.match("/api/v1/ngosX").isEmpty());
        assertEquals("/api/v1/ngos/{id}", template("/api/v1/ngos/by-bin/"), "an empty segment is no parameter");
        assertTrue(index.match("/api/v1/calls").isEmpty());
    }

    @Test
    void literalCharactersCountOverTheWholePathNotSegmentBySegment() {
        OperationIndex precedence = new OperationIndex(read("""
                {"paths": {
                  "/a/b/{y}": {"get": {}},
                  "/a/{x}/statistics": {"get": {}},
                  "/a/{x}/{y}": {"get": {}},
                  "/a/{p}/{q}": {"get": {}},
                  "/a/{x}/c": {"get": {}},
                  "/a/b/{z}": {"get": {}},
                  "/a/{id}.pdf": {"get": {}},
                  "/a/{id}": {"get": {}},
                  "/": {"get": {}}
                }}
                """));
        assertEquals("/a/{x}/statistics", precedence.match("/a/b/statistics").orElseThrow().path(),
                "a later literal segment with more characters beats an earlier one");
        assertEquals("/a/b/{y}", precedence.match("/a/b/c").orElseThrow().path(),
                "equal literals and parameters: the document's first template");
        assertEquals("/a/{x}/{y}", precedence.match("/a/q/r").orElseThrow().path(),
                "templates differing only in parameter names: the document's first");
        assertEquals("/a/{id}.pdf", precedence.match("/a/7.pdf").orElseThrow().path(),
                "a parameter inside a segment counts the segment's literals");
        assertEquals("/a/{id}", precedence.match("/a/7.csv").orElseThrow().path());
        assertEquals("/a/{id}", precedence.match("/a/..").orElseThrow().path(), "dot segments are plain values");
        assertEquals("/a/{x}/{y}", precedence.match("/a/./c.d").orElseThrow().path());
        assertEquals("/", precedence.match("/").orElseThrow().path());
        assertTrue(precedence.match("/a//c").isEmpty(), "an empty segment matches no parameter");
        assertTrue(precedence.match("//a/b").isEmpty());
        assertTrue(precedence.match("/a/b/c//").isEmpty(), "only one trailing slash is ignored");
        assertTrue(precedence.match("a/b/c").isEmpty());
    }

    @Test
    void operationsAreKeptByUpperCaseMethodWithTheirBodyTypes() {
        OperationIndex.Template ngo = index.match("/api/v1/ngos/1").orElseThrow();
        assertEquals(List.of("GET", "PUT"), List.copyOf(ngo.operations().keySet()), "parameters is no method");
        assertEquals(Set.of(), ngo.operations().get("GET").mediaTypes());
        assertEquals(Set.of("application/json"), ngo.operations().get("PUT").mediaTypes());
    }

    @Test
    void mediaTypesMatchWithoutParametersOrCaseAndByWildcard() {
        OperationIndex.Operation json = index.match("/api/v1/ngos").orElseThrow().operations().get("POST");
        assertTrue(json.accepts("application/json"));
        assertTrue(json.accepts("Application/JSON; charset=UTF-8"));
        assertFalse(json.accepts("application/merge-patch+json"));
        assertFalse(json.accepts("text/plain"));
        assertFalse(json.accepts(null));
        OperationIndex.Operation anyApplication = index.match("/api/v1/ngos/1/reports/2025").orElseThrow()
                .operations().get("PUT");
        assertTrue(anyApplication.accepts("application/pdf"));
        assertFalse(anyApplication.accepts("text/csv"));
        assertTrue(index.match("/api/v1/files/1").orElseThrow().operations().get("PUT").accepts("image/png"));
    }

    private String template(String path) {
        return index.match(path).orElseThrow().path();
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
