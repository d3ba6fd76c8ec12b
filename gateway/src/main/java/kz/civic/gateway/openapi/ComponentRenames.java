package kz.civic.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Component names that clash between services. A name two services define with different content
 * becomes, in each of them, the service name followed by the name, both capitalised ({@code Status}
 * in registry and forum: {@code RegistryStatus}, {@code ForumStatus}). The same name with the same
 * content stays one shared component, unless it refers to a renamed one: then the same text means
 * different things in each service, and it is renamed too. {@link #apply} rewrites a service's
 * document accordingly: its components, every {@code $ref} (and discriminator mapping) that points
 * at them, and for security schemes the names in security requirements.
 */
final class ComponentRenames {

    static final List<String> TYPES = List.of("schemas", "responses", "parameters", "examples", "requestBodies",
            "headers", "securitySchemes", "links", "callbacks", "pathItems");
    private static final String SECURITY_SCHEMES = "securitySchemes";
    private static final String COMPONENTS = "#/components/";

    /** service → "type/name" → new name. */
    private final Map<String, Map<String, String>> renames = new HashMap<>();

    ComponentRenames(Map<String, ObjectNode> documents) {
        Map<String, Map<String, JsonNode>> definitions = new HashMap<>();
        for (String type : TYPES) {
            documents.forEach((service, document) -> document.path("components").path(type).fields()
                    .forEachRemaining(e -> definitions.computeIfAbsent(type + '/' + e.getKey(), k -> new HashMap<>())
                            .put(service, e.getValue())));
        }
        definitions.forEach((key, byService) -> {
            if (new HashSet<>(byService.values()).size() > 1) {
                rename(key, byService.keySet());
            }
        });
        // The same text can mean different things: a shared name whose definition refers to a renamed one.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Map<String, JsonNode>> e : definitions.entrySet()) {
                if (e.getValue().size() > 1 && !renamed(e.getKey()) && refersToRenamed(e.getValue())) {
                    rename(e.getKey(), e.getValue().keySet());
                    changed = true;
                }
            }
        }
    }

    private void rename(String key, Set<String> services) {
        String name = key.substring(key.indexOf('/') + 1);
        services.forEach(service -> renames.computeIfAbsent(service, k -> new HashMap<>())
                .put(key, prefixed(service, name)));
    }

    private boolean renamed(String key) {
        return renames.values().stream().anyMatch(mine -> mine.containsKey(key));
    }

    private boolean refersToRenamed(Map<String, JsonNode> byService) {
        return byService.entrySet().stream().anyMatch(e -> {
            Map<String, String> mine = renames.getOrDefault(e.getKey(), Map.of());
            return e.getValue().findValuesAsText("$ref").stream()
                    .anyMatch(ref -> ref.startsWith(COMPONENTS) && mine.containsKey(key(ref)));
        });
    }

    /** {@code schemas/Status} of {@code #/components/schemas/Status[/...]}. */
    private static String key(String ref) {
        String[] parts = ref.substring(COMPONENTS.length()).split("/", 3);
        return parts.length < 2 ? "" : parts[0] + '/' + parts[1];
    }

    /** Renames, in place, what clashes in {@code service}'s document. */
    void apply(String service, ObjectNode document) {
        Map<String, String> mine = renames.getOrDefault(service, Map.of());
        if (mine.isEmpty()) {
            return;
        }
        for (String type : TYPES) {
            if (document.path("components").path(type) instanceof ObjectNode components) {
                renameFields(components, name -> mine.get(type + '/' + name));
            }
        }
        rewriteRefs(document, mine);
        for (ObjectNode requirement : securityRequirements(document)) {
            renameFields(requirement, name -> mine.get(SECURITY_SCHEMES + '/' + name));
        }
    }

    /** {@code registry} and {@code Status} (or {@code status}): {@code RegistryStatus}. */
    private static String prefixed(String service, String name) {
        return capitalized(service) + capitalized(name);
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** Rebuilds {@code object} with renamed fields ({@code rename} answers null to keep one), keeping their order. */
    private static void renameFields(ObjectNode object, UnaryOperator<String> rename) {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> {
            String renamed = rename.apply(e.getKey());
            copy.put(renamed == null ? e.getKey() : renamed, e.getValue());
        });
        object.removeAll();
        object.setAll(copy);
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteRefs(element, renames));
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = object.get(name);
            if ("$ref".equals(name) && value.isTextual()) {
                object.set(name, new TextNode(rewritten(value.asText(), renames)));
            } else if ("discriminator".equals(name) && value.path("mapping") instanceof ObjectNode mapping) {
                List<String> keys = new ArrayList<>();
                mapping.fieldNames().forEachRemaining(keys::add);
                keys.stream().filter(key -> mapping.get(key).isTextual())
                        .forEach(key -> mapping.set(key, new TextNode(rewritten(mapping.get(key).asText(), renames))));
            } else {
                rewriteRefs(value, renames);
            }
        }
    }

    /** {@code #/components/<type>/<name>[/...]} with the renamed name, anything else unchanged. */
    private static String rewritten(String ref, Map<String, String> renames) {
        if (!ref.startsWith(COMPONENTS)) {
            return ref;
        }
        String[] parts = ref.substring(COMPONENTS.length()).split("/", 3);
        String renamed = parts.length < 2 ? null : renames.get(parts[0] + '/' + parts[1]);
        if (renamed == null) {
            return ref;
        }
        return COMPONENTS + parts[0] + '/' + renamed + (parts.length == 3 ? '/' + parts[2] : "");
    }

    /** The requirement objects of the top-level {@code security} array and of every operation's. */
    private static List<ObjectNode> securityRequirements(ObjectNode document) {
        List<JsonNode> arrays = new ArrayList<>();
        arrays.add(document.path("security"));
        document.path("paths").forEach(pathItem -> pathItem.forEach(
                operation -> arrays.add(operation.path("security"))));
        List<ObjectNode> requirements = new ArrayList<>();
        arrays.forEach(array -> array.forEach(requirement -> {
            if (requirement instanceof ObjectNode object) {
                requirements.add(object);
            }
        }));
        return requirements;
    }
}
