package kz.civic.gateway.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One vocabulary across the services (issue 16 item 6, docs/conventions.md "Vocabulary"), checked on the services'
 * documents as their builds produced them and on their merge:
 * <ul>
 * <li>a concept has one schema name and belongs to one service: two services may not both name schemas after the
 * same stem (the name without a {@code Page} prefix and a {@code Request}, {@code Response} or {@code Details}
 * suffix) unless it is one shared component with the same content (platform's {@code LocalizedText},
 * {@code Problem}, the pages of those). Forum's {@code AssessRequest}/{@code AssessmentDetails} next to procurement's
 * {@code AssessmentRequest}, or forum's {@code Indicator} next to procurement's {@code IndicatorRequest}, fail it;
 * <li>a property name has one type in every schema of the merged document: the shared value types
 * {@code LocalizedText} and {@code Money} by name, otherwise the JSON type (a reference to an enum is a string, to
 * any other schema an object). A kk/ru/en {@code comment} in one schema and a string {@code comment} in another fail it.
 * </ul>
 * Deliberate exceptions are listed below, each with its reason.
 */
class VocabularyTest {

    private static final Pattern STEM = Pattern.compile("^(?:Page)?(.+?)(?:Request|Response|Details)?$");
    private static final Set<String> VALUE_TYPES = Set.of("LocalizedText", "Money");

    /**
     * Stems two services may both use for different schemas, and why. None: the statistics, once the only ones, name
     * their schemas after their subject since item 11 ({@code NgoStatisticsGroup}, {@code ProcurementStatisticsTotals}).
     */
    private static final Map<String, String> SHARED_STEMS = Map.of();

    /** Property names with more than one type, and why. */
    private static final Map<String, String> MIXED_PROPERTIES = Map.of(
            "amount", "the decimal inside Money; everywhere else an amount is Money",
            "name", "a report indicator's name is free text the grantee writes in one language, stored as written; "
                    + "names people read in the three languages are LocalizedText",
            "overdue", "an item's state (true/false) and the accountability report's count of recommendations in that "
                    + "state, one of its participle-named counts (received, answered, accepted, implemented)",
            "periodStart", "an action plan spans calendar years (integer), a contract runs between dates",
            "periodEnd", "an action plan spans calendar years (integer), a contract runs between dates",
            "value", "a measured indicator value (decimal) vs a criterion score in whole points",
            "weight", "an action-plan item's weight in the roll-up (decimal) vs a criterion's weight in whole points");

    /** RFC 9457 fixes the Problem's member names ({@code title} a string, {@code status} a number). */
    private static final Set<String> FIXED_SCHEMAS = Set.of("Problem");

    private static SortedMap<String, ObjectNode> services;
    private static ObjectNode merged;

    @BeforeAll
    static void load() {
        services = BuiltServiceDocuments.load();
        Assumptions.assumeTrue(services.keySet().containsAll(BuiltServiceDocuments.SERVICES), "the services are not "
                + "all packaged (only " + services.keySet() + "): build them first (the root build does)");
        merged = MergedDocumentFile.merge(services);
    }

    static String stem(String schemaName) {
        var m = STEM.matcher(schemaName);
        return m.matches() ? m.group(1) : schemaName;
    }

    @Test
    void aConceptIsNamedByOneServiceOnly() {
        // stem → service → schema names
        SortedMap<String, SortedMap<String, Set<String>>> stems = new TreeMap<>();
        services.forEach((service, document) -> document.path("components").path("schemas").fieldNames()
                .forEachRemaining(name -> stems.computeIfAbsent(stem(name), k -> new TreeMap<>())
                        .computeIfAbsent(service, k -> new TreeSet<>()).add(name)));
        List<String> collisions = new ArrayList<>();
        stems.forEach((stem, byService) -> {
            if (byService.size() < 2 || SHARED_STEMS.containsKey(stem) || sharedComponents(byService)) {
                return;
            }
            collisions.add(stem + ": " + byService);
        });
        assertThat(collisions, empty());
    }

    /** True if every service defines the same schema names of the stem with the same content (one shared component). */
    private static boolean sharedComponents(SortedMap<String, Set<String>> byService) {
        Set<String> names = byService.values().iterator().next();
        for (Map.Entry<String, Set<String>> e : byService.entrySet()) {
            if (!e.getValue().equals(names)) {
                return false;
            }
            for (String name : names) {
                JsonNode first = services.get(byService.firstKey()).at("/components/schemas/" + name);
                if (!first.equals(services.get(e.getKey()).at("/components/schemas/" + name))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void aPropertyNameHasOneTypeInEverySchema() {
        // property → type → schemas
        SortedMap<String, SortedMap<String, Set<String>>> types = new TreeMap<>();
        merged.path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (FIXED_SCHEMAS.contains(schema.getKey())) {
                return;
            }
            schema.getValue().path("properties").fields().forEachRemaining(property -> {
                String type = type(property.getValue());
                if (type != null) {
                    types.computeIfAbsent(property.getKey(), k -> new TreeMap<>())
                            .computeIfAbsent(type, k -> new TreeSet<>()).add(schema.getKey());
                }
            });
        });
        List<String> mixed = new ArrayList<>();
        types.forEach((property, byType) -> {
            if (byType.size() > 1 && !MIXED_PROPERTIES.containsKey(property)) {
                mixed.add(property + ": " + byType);
            }
        });
        assertThat(mixed, empty());
    }

    /** The property's type in the sense of this test, or null when the schema does not say. */
    private static String type(JsonNode schema) {
        if (schema.path("allOf").size() == 1) {
            return type(schema.path("allOf").get(0));
        }
        for (JsonNode member : schema.path("anyOf")) {
            // a nullable reference: {"anyOf": [{"$ref": …}, {"type": "null"}]} has the type of its reference
            if (member.has("$ref")) {
                return type(member);
            }
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replaceFirst("^#/components/schemas/", "");
            if (VALUE_TYPES.contains(name)) {
                return name;
            }
            JsonNode target = merged.at("/components/schemas/" + name);
            return target.has("enum") ? "string" : target.has("type") ? jsonType(target.get("type")) : "object";
        }
        return schema.has("type") ? jsonType(schema.get("type")) : null;
    }

    private static String jsonType(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.asText();
    }
}
