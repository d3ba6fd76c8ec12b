package kz.civic.reliability.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The operations of the merged OpenAPI document, with {@code $ref}s resolved on demand. */
final class ApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One parameter: where it goes (path, query, header), whether it is required, its schema. */
    record Param(String name, String in, boolean required, JsonNode schema) {
    }

    /** One operation; {@code bodySchema} is null when it takes no body. */
    record Operation(String method, String path, List<Param> params, JsonNode bodySchema, List<String> bodyTypes,
            boolean bodyRequired, boolean anonymousAllowed) {

        String id() {
            return method + " " + path;
        }

        boolean writes() {
            return !method.equals("GET");
        }

        /** The path with every parameter replaced by a placeholder, so the validator finds this operation. */
        String templatePath() {
            return path.replaceAll("\\{[^}]+}", "fuzz-placeholder");
        }

        @Override
        public String toString() {
            return id();
        }
    }

    final JsonNode root;
    final List<Operation> operations = new ArrayList<>();

    ApiDocument(JsonNode root) {
        this.root = root;
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    operations.add(operation(method.toUpperCase(), path.getKey(), path.getValue(), op));
                }
            }
        }
    }

    private Operation operation(String method, String path, JsonNode pathItem, JsonNode op) {
        List<Param> params = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode param = resolve(p);
                params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                        param.path("required").asBoolean(false), resolve(param.path("schema"))));
            }
        }
        JsonNode body = resolve(op.path("requestBody"));
        JsonNode bodySchema = null;
        List<String> types = new ArrayList<>();
        if (body.has("content")) {
            body.get("content").fieldNames().forEachRemaining(types::add);
            bodySchema = resolve(body.get("content").elements().next().path("schema"));
        }
        boolean anonymous = false;
        for (JsonNode requirement : op.path("security")) {
            anonymous |= requirement.isEmpty();
        }
        return new Operation(method, path, List.copyOf(params), bodySchema, List.copyOf(types),
                body.path("required").asBoolean(false), anonymous);
    }

    /** The node itself, or what its {@code $ref} points at (followed until there is none). */
    JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        for (int i = 0; i < 20 && n != null && n.has("$ref"); i++) {
            String ref = n.get("$ref").asText();
            n = root.at(ref.substring(1));
        }
        return n;
    }
}
