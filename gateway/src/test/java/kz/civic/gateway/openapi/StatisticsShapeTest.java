package kz.civic.gateway.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One statistics shape and one CSV convention (issue 16 item 11, docs/conventions.md "Statistics and CSV"), checked on
 * the merged document of the real services as their builds produced them: every statistics operation (a path with a
 * {@code statistics} segment, or one that offers CSV) answers 200 JSON {@code {"groups": [object], "totals": object}}
 * with no {@code total} container, the totals' counters are group members of the same name and type, and every
 * operation that offers {@code text/csv} (documented without a server-side quality) offers JSON too.
 */
class StatisticsShapeTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";

    private static ObjectNode merged;

    @BeforeAll
    static void merge() {
        SortedMap<String, ObjectNode> services = BuiltServiceDocuments.load();
        Assumptions.assumeTrue(services.keySet().containsAll(BuiltServiceDocuments.SERVICES), "the services are not "
                + "all packaged (only " + services.keySet() + "): build them first (the root build does)");
        merged = MergedDocumentFile.merge(services);
    }

    @Test
    void everyStatisticsAnswerHasGroupsAndTotalsAndNoTotal() {
        List<String> statistics = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        forEachOperation((where, operation) -> {
            JsonNode content = operation.at("/responses/200/content");
            boolean offersCsv = names(content).stream().anyMatch(type -> type.startsWith(CSV));
            if (!where.contains("/statistics") && !offersCsv) {
                return;
            }
            statistics.add(where);
            JsonNode answer = resolve(content.path(JSON).path("schema"));
            JsonNode properties = answer.path("properties");
            JsonNode groups = resolve(properties.path("groups"));
            JsonNode totals = resolve(properties.path("totals"));
            if (!"array".equals(type(groups))) {
                wrong.add(where + ": groups is not an array: " + properties.path("groups"));
                return;
            }
            JsonNode group = resolve(groups.path("items"));
            if (!"object".equals(type(group))) {
                wrong.add(where + ": a group is not an object: " + groups.path("items"));
            }
            if (!"object".equals(type(totals))) {
                wrong.add(where + ": totals is not an object: " + properties.path("totals"));
                return;
            }
            if (properties.has("total")) {
                wrong.add(where + ": has a total member beside totals");
            }
            if (!answer.path("required").toString().contains("\"groups\"")
                    || !answer.path("required").toString().contains("\"totals\"")) {
                wrong.add(where + ": groups and totals are not both required: " + answer.path("required"));
            }
            totals.path("properties").fields().forEachRemaining(counter -> {
                JsonNode inGroup = group.path("properties").path(counter.getKey());
                if (inGroup.isMissingNode()) {
                    wrong.add(where + ": totals." + counter.getKey() + " is no member of a group");
                } else if (!String.valueOf(type(resolve(inGroup))).equals(String.valueOf(type(resolve(counter.getValue()))))) {
                    wrong.add(where + ": totals." + counter.getKey() + " has another type than in a group");
                }
            });
        });
        assertThat(wrong, empty());
        assertThat("the statistics operations were found", statistics, hasItems(
                "GET /api/v1/ngos/statistics", "GET /api/v1/ngos/statistics/reporting",
                "GET /api/v1/recommendations/statistics", "GET /api/v1/forums/{id}/accountability-report",
                "GET /api/v1/procurement/statistics"));
    }

    @Test
    void everyOperationOfferingCsvOffersJsonToo() {
        List<String> wrong = new ArrayList<>();
        forEachOperation((where, operation) -> operation.path("responses").fields().forEachRemaining(response -> {
            List<String> types = names(response.getValue().path("content"));
            for (String type : types) {
                if (type.startsWith(CSV) && !type.equals(CSV)) {
                    wrong.add(where + " " + response.getKey() + ": documents " + type + ", not " + CSV);
                }
            }
            if (types.stream().anyMatch(t -> t.startsWith(CSV)) && !types.contains(JSON)) {
                wrong.add(where + " " + response.getKey() + ": offers CSV without JSON: " + types);
            }
        }));
        assertThat(wrong, empty());
    }

    private static List<String> names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : null;
    }

    /** A schema with its {@code $ref}, single {@code allOf} or nullable {@code anyOf} followed. */
    private static JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            return resolve(merged.at(schema.get("$ref").asText().substring(1)));
        }
        if (schema.path("allOf").size() == 1) {
            return resolve(schema.path("allOf").get(0));
        }
        for (JsonNode member : schema.path("anyOf")) {
            if (member.has("$ref")) {
                return resolve(member);
            }
        }
        return schema;
    }

    /** Every operation as {@code "GET /api/v1/ngos"}. */
    private static void forEachOperation(BiConsumer<String, JsonNode> action) {
        merged.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }));
    }
}
