package kz.civic.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiPredicate;
import org.jboss.logging.Logger;

/**
 * Merges the services' OpenAPI documents into one: the paths the gateway routes to each service,
 * their tags, and their components (clashing names renamed by {@link ComponentRenames}), under the
 * platform's own {@code info} (with its contact) and one absolute server URL, plus the gateway's own answers
 * ({@link GatewayResponses}) and the {@code API-Version} header on every answer ({@link ApiVersionHeader}). An operationId used by several services is prefixed with each one's name. A service's top-level
 * {@code security} moves onto its own operations, so it does not spread to the others'.
 */
final class OpenApiMerger {

    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);
    private static final String DEFAULT_VERSION = "3.1.0";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    /** The {@code info} of the merged document. */
    record Info(String title, String version, String description, Contact contact) {
    }

    /** {@code info.contact}: who answers integrators' questions. */
    record Contact(String name, String email, String url) {
    }

    private final Info info;
    private final BiPredicate<String, String> routed;

    /** {@code routed} tells whether the gateway sends a path to a service; other paths are left out. */
    OpenApiMerger(Info info, BiPredicate<String, String> routed) {
        this.info = info;
        this.routed = routed;
    }

    /**
     * Merges {@code documents} (by service name); they are not modified. {@code serverUrl} is the absolute base URL
     * clients call (scheme, host, port; the paths carry {@code /api/v1}).
     */
    ObjectNode merge(SortedMap<String, ObjectNode> documents, String serverUrl) {
        Map<String, ObjectNode> copies = new LinkedHashMap<>();
        documents.forEach((service, document) -> copies.put(service, document.deepCopy()));
        ComponentRenames renames = new ComponentRenames(copies);
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode merged = json.objectNode();
        merged.put("openapi", version(copies));
        ObjectNode infoNode = merged.putObject("info").put("title", info.title()).put("version", info.version())
                .put("description", info.description());
        infoNode.putObject("contact").put("name", info.contact().name()).put("email", info.contact().email())
                .put("url", info.contact().url());
        merged.putArray("servers").addObject().put("url", serverUrl)
                .put("description", "The gateway: every path of this document, /api/v1 included, is below it");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        Set<String> tagNames = new HashSet<>();
        Set<String> sharedIds = operationIdsOfSeveralServices(copies);
        copies.forEach((service, document) -> {
            pushDownSecurity(document);
            renames.apply(service, document);
            document.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
            document.path("paths").fields().forEachRemaining(path -> {
                if (!routed.test(service, path.getKey())) {
                    LOG.debugf("%s documents %s, which the gateway does not route to it", service, path.getKey());
                } else if (paths.has(path.getKey())) {
                    LOG.warnf("%s documents %s, already documented by another service", service, path.getKey());
                } else {
                    operations(path.getValue()).forEach(operation -> {
                        String id = operation.path("operationId").asText("");
                        if (sharedIds.contains(id)) {
                            operation.put("operationId", service + "_" + id);
                        }
                    });
                    paths.set(path.getKey(), path.getValue());
                }
            });
            for (String type : ComponentRenames.TYPES) {
                document.path("components").path(type).fields().forEachRemaining(component ->
                        components.withObject("/" + type).set(component.getKey(), component.getValue()));
            }
        });
        GatewayResponses.add(merged);
        ApiVersionHeader.declare(merged);
        return merged;
    }

    /** operationIds that routed operations of more than one service use: each is prefixed with its service's name. */
    private Set<String> operationIdsOfSeveralServices(Map<String, ObjectNode> documents) {
        Map<String, Set<String>> services = new HashMap<>();
        documents.forEach((service, document) -> document.path("paths").fields().forEachRemaining(path -> {
            if (routed.test(service, path.getKey())) {
                operations(path.getValue()).forEach(operation -> {
                    String id = operation.path("operationId").asText("");
                    if (!id.isEmpty()) {
                        services.computeIfAbsent(id, key -> new HashSet<>()).add(service);
                    }
                });
            }
        }));
        Set<String> shared = new HashSet<>();
        services.forEach((id, users) -> {
            if (users.size() > 1) {
                shared.add(id);
            }
        });
        return shared;
    }

    private static List<ObjectNode> operations(JsonNode pathItem) {
        List<ObjectNode> operations = new ArrayList<>();
        pathItem.fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode operation) {
                operations.add(operation);
            }
        });
        return operations;
    }

    /** The highest {@code openapi} version among the documents (3.1 reads 3.0 documents' content as well). */
    private static String version(Map<String, ObjectNode> documents) {
        return documents.values().stream()
                .map(document -> document.path("openapi").asText(""))
                .filter(version -> version.startsWith("3."))
                .max(OpenApiMerger::compareVersions)
                .orElse(DEFAULT_VERSION);
    }

    private static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int difference = Integer.compare(number(left, i), number(right, i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private static int number(String[] parts, int index) {
        try {
            return index < parts.length ? Integer.parseInt(parts[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void pushDownSecurity(ObjectNode document) {
        JsonNode security = document.remove("security");
        if (security == null) {
            return;
        }
        document.path("paths").forEach(pathItem -> pathItem.fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode object
                    && !object.has("security")) {
                object.set("security", security.deepCopy());
            }
        }));
    }
}
