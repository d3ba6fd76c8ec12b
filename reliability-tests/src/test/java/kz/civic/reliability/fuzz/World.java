package kz.civic.reliability.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kz.civic.reliability.fuzz.ApiDocument.Operation;
import kz.civic.reliability.fuzz.ApiDocument.Param;

/**
 * What exists in the running stack, so generated path parameters and If-Match headers also hit real resources (and
 * reach the services' validation and business rules instead of stopping at 404): identifiers read from every list
 * the document offers, keyed by the list's path, and the ETags of the resources read.
 */
final class World {

    /** List path (e.g. {@code /api/v1/ngos/{id}/reports}) → field (id, year, ...) → values seen in its items. */
    private final Map<String, Map<String, Set<String>>> byList = new LinkedHashMap<>();
    /** Field → values seen in any list. */
    private final Map<String, Set<String>> byField = new LinkedHashMap<>();
    /** Concrete resource path → its ETag. */
    final Map<String, String> etags = new LinkedHashMap<>();

    /**
     * Reads every GET operation whose path parameters are known, three rounds deep (a list's items make the
     * next level's paths), with {@code get} answering a concrete path (null when not 200).
     */
    void harvest(List<Operation> operations, Function<String, Reply> get) {
        for (int round = 0; round < 3; round++) {
            for (Operation op : operations) {
                if (!op.method().equals("GET")) {
                    continue;
                }
                for (String path : concretePaths(op)) {
                    Reply r = get.apply(path);
                    if (r == null) {
                        continue;
                    }
                    r.etag().ifPresent(e -> etags.put(path, e));
                    JsonNode items = r.body().path("items");
                    if (items.isArray()) {
                        for (JsonNode item : items) {
                            item.fields().forEachRemaining(f -> {
                                if (f.getValue().isValueNode()) {
                                    remember(op.path(), f.getKey(), f.getValue().asText());
                                }
                            });
                        }
                    }
                }
            }
        }
    }

    record Reply(JsonNode body, java.util.Optional<String> etag) {
    }

    private void remember(String list, String field, String value) {
        if (value.isEmpty() || value.length() > 100) {
            return;
        }
        Set<String> forList = byList.computeIfAbsent(list, k -> new LinkedHashMap<>()).computeIfAbsent(field,
                k -> new LinkedHashSet<>());
        if (forList.size() < 20) {
            forList.add(value);
        }
        Set<String> any = byField.computeIfAbsent(field, k -> new LinkedHashSet<>());
        if (any.size() < 200) {
            any.add(value);
        }
    }

    /** Known values for a path parameter: items of the list the path continues, else of any list. */
    List<String> values(Operation op, Param param) {
        String path = op.path();
        int at = path.indexOf("{" + param.name() + "}");
        String list = path.substring(0, Math.max(0, at - 1));
        String field = param.name().equals("id") || param.name().endsWith("Id") ? "id" : param.name();
        Set<String> specific = byList.getOrDefault(list, Map.of()).get(field);
        if (specific != null && !specific.isEmpty()) {
            return List.copyOf(specific);
        }
        return List.copyOf(byField.getOrDefault(field, Set.of()));
    }

    List<String> ids() {
        return List.copyOf(byField.getOrDefault("id", Set.of()));
    }

    /** Every combination (at most 8) of known values for the operation's path parameters. */
    private List<String> concretePaths(Operation op) {
        List<String> paths = new ArrayList<>(List.of(op.path()));
        for (Param p : op.params()) {
            if (!p.in().equals("path")) {
                continue;
            }
            List<String> values = values(op, p);
            List<String> next = new ArrayList<>();
            for (String path : paths) {
                for (String v : values) {
                    if (next.size() < 8) {
                        next.add(path.replace("{" + p.name() + "}", v));
                    }
                }
            }
            paths = next;
        }
        return paths;
    }

    /** The ETag of the resource a request path changes: itself, or the resource one or two segments up. */
    String etagFor(String path) {
        for (String p = path; p.lastIndexOf('/') > 0; p = p.substring(0, p.lastIndexOf('/'))) {
            String e = etags.get(p);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return byField.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size())
                .reduce((a, b) -> a + ", " + b).orElse("nothing") + "; " + etags.size() + " ETags";
    }
}
