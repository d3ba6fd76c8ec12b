package kz.civic.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The test OpenAPI documents, and a check that every local {@code $ref} of a document resolves. */
final class OpenApiDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OpenApiDocuments() {
    }

    static ObjectNode load(String service) {
        try (InputStream in = OpenApiDocuments.class.getResourceAsStream("/openapi/" + service + ".json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code $ref} of {@code document}. */
    static List<String> refs(JsonNode document) {
        List<String> refs = new ArrayList<>();
        collect(document, refs);
        return refs;
    }

    /** The {@code $ref}s of {@code document} that point at nothing in it. */
    static List<String> unresolved(JsonNode document) {
        return refs(document).stream()
                .filter(ref -> !ref.startsWith("#/") || document.at(ref.substring(1)).isMissingNode())
                .toList();
    }

    private static void collect(JsonNode node, List<String> refs) {
        node.fields().forEachRemaining(field -> {
            if ("$ref".equals(field.getKey()) && field.getValue().isTextual()) {
                refs.add(field.getValue().asText());
            }
        });
        node.forEach(child -> collect(child, refs));
    }
}
