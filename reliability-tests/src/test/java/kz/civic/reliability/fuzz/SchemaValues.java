package kz.civic.reliability.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Values for a JSON schema of the document: mostly valid ones (enum members, examples, known ids, in-range numbers,
 * strings up to maxLength), with the boundaries just outside (maxLength + 1, minimum - 1, maximum + 1,
 * maxItems + 1) and hostile strings mixed in.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final ApiDocument document;
    private final List<String> knownIds;

    SchemaValues(ApiDocument document, List<String> knownIds) {
        this.document = document;
        this.knownIds = knownIds;
    }

    Arbitrary<JsonNode> of(JsonNode schema) {
        return of(schema, 0);
    }

    private Arbitrary<JsonNode> of(JsonNode raw, int depth) {
        JsonNode schema = document.resolve(raw);
        if (schema == null || schema.isMissingNode()) {
            return Arbitraries.just(NODES.textNode("x"));
        }
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(values)),
                    Tuple.of(1, Arbitraries.of(NODES.textNode("NOT_A_MEMBER"), NODES.textNode(""),
                            NODES.textNode(values.get(0).asText().toLowerCase()))));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> integer(schema);
            case "number" -> number(schema);
            case "boolean" -> Arbitraries.of(NODES.booleanNode(true), NODES.booleanNode(false));
            default -> string(schema).map(NODES::textNode);
        };
    }

    private Arbitrary<JsonNode> object(JsonNode schema, int depth) {
        if (depth >= MAX_DEPTH || !schema.has("properties")) {
            return Arbitraries.just(NODES.objectNode());
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<String> names = new ArrayList<>();
        List<Arbitrary<JsonNode>> values = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            names.add(p.getKey());
            Arbitrary<JsonNode> value = of(p.getValue(), depth + 1);
            // optional members are left out half the time; required ones are always there (missing ones are a mutation)
            values.add(required.contains(p.getKey()) ? value : value.injectNull(0.5));
        }
        return Combinators.combine(values).as(list -> {
            ObjectNode o = NODES.objectNode();
            for (int i = 0; i < names.size(); i++) {
                if (list.get(i) != null) {
                    o.set(names.get(i), list.get(i));
                }
            }
            return (JsonNode) o;
        });
    }

    private Arbitrary<JsonNode> array(JsonNode schema, int depth) {
        int maxItems = schema.path("maxItems").asInt(Integer.MAX_VALUE);
        Arbitrary<JsonNode> item = of(schema.path("items"), depth + 1);
        Arbitrary<List<JsonNode>> usual = item.list().ofMaxSize(Math.min(maxItems, 3));
        Arbitrary<List<JsonNode>> lists = maxItems <= 60
                ? Arbitraries.frequencyOf(Tuple.of(9, usual), Tuple.of(1, item.list().ofSize(maxItems + 1)))
                : usual;
        return lists.map(l -> {
            ArrayNode a = NODES.arrayNode();
            l.forEach(a::add);
            return (JsonNode) a;
        });
    }

    private Arbitrary<JsonNode> integer(JsonNode schema) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : schema.path("format").asText().equals("int64")
                ? Long.MIN_VALUE : Integer.MIN_VALUE;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : schema.path("format").asText().equals("int64")
                ? Long.MAX_VALUE : Integer.MAX_VALUE;
        List<JsonNode> edges = new ArrayList<>(List.of(NODES.numberNode(min), NODES.numberNode(max),
                NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(new java.math.BigInteger("99999999999999999999999"))));
        if (min > Long.MIN_VALUE) {
            edges.add(NODES.numberNode(min - 1));
        }
        if (max < Long.MAX_VALUE) {
            edges.add(NODES.numberNode(max + 1));
        }
        long low = Math.max(min, -1_000_000L);
        long high = Math.min(max, low + 1_000_000L);
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.longs().between(low, Math.max(low, high)).map(NODES::numberNode)),
                Tuple.of(2, Arbitraries.of(edges)), Tuple.of(1, Arbitraries.just(NODES.numberNode(1.5))));
    }

    private Arbitrary<JsonNode> number(JsonNode schema) {
        BigDecimal min = schema.has("minimum") ? schema.get("minimum").decimalValue() : BigDecimal.valueOf(-1_000_000_000L);
        BigDecimal max = schema.has("maximum") ? schema.get("maximum").decimalValue() : new BigDecimal("1000000000000");
        Arbitrary<JsonNode> usual = Arbitraries.bigDecimals().between(min, max).ofScale(2).map(NODES::numberNode);
        return Arbitraries.frequencyOf(Tuple.of(6, usual), Tuple.of(2, Arbitraries.of(NODES.numberNode(min),
                NODES.numberNode(max), NODES.numberNode(min.subtract(new BigDecimal("0.01"))),
                NODES.numberNode(max.add(BigDecimal.ONE)), NODES.numberNode(new BigDecimal("1.001")),
                NODES.numberNode(new BigDecimal("1E+400")), NODES.numberNode(new BigDecimal("-1E-400")),
                NODES.numberNode(Double.MAX_VALUE))));
    }

    Arbitrary<String> string(JsonNode schema) {
        int maxLength = schema.path("maxLength").asInt(0);
        List<Tuple.Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
        choices.add(Tuple.of(6, typical(schema)));
        choices.add(Tuple.of(2, Hostile.strings()));
        if (maxLength > 0) {
            // exactly at and one over the limit, counted in characters (Kazakh letters are 2 bytes in UTF-8)
            choices.add(Tuple.of(1, Arbitraries.of(Hostile.huge(maxLength), Hostile.huge(maxLength + 1))));
        }
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    /** A value of the kind the field expects: format, pattern, examples. */
    private Arbitrary<String> typical(JsonNode schema) {
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        if (format.equals("uuid")) {
            return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(knownIds)),
                    Tuple.of(1, Arbitraries.create(() -> UUID.randomUUID().toString())),
                    Tuple.of(1, Arbitraries.of("00000000-0000-0000-0000-000000000000", "not-a-uuid",
                            "ffffffff-ffff-ffff-ffff-ffffffffffff")));
        }
        if (format.equals("date") || pattern.startsWith("\\d{4}")) {
            LocalDate today = LocalDate.now();
            return Arbitraries.of(today.toString(), today.plusDays(1).toString(), today.minusYears(1).toString(),
                    today.plusYears(1).toString(), "2020-01-15", "1900-01-01", "0001-01-01", "9999-12-31", "2024-02-30",
                    "2023-13-01", "15.01.2020");
        }
        if (format.equals("date-time")) {
            return Arbitraries.of("2022-03-10T12:15:50-04:00", "2025-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
                    "9999-12-31T23:59:59+14:00", "2022-03-10T25:00:00Z", "2022-03-10");
        }
        List<String> examples = new ArrayList<>();
        schema.path("examples").forEach(e -> examples.add(e.asText()));
        if (!examples.isEmpty()) {
            return Arbitraries.of(examples);
        }
        if (pattern.contains("KZ-")) {
            return Arbitraries.of("KZ-75", "KZ-71", "KZ-79", "KZ-11", "KZ-ZZ", "KZ-999");
        }
        if (pattern.equals("KZT")) {
            return Arbitraries.of("KZT", "USD");
        }
        if (pattern.contains("[0-9]{12}")) {
            return Arbitraries.strings().numeric().ofLength(12);
        }
        if (pattern.startsWith("^[A-Z") || pattern.startsWith("[A-Z")) {
            return Arbitraries.of("SUPPORT_FOR_VULNERABLE_GROUPS", "PROTECTION_OF_RIGHTS", "RELEVANCE", "BUDGET",
                    "PUBLIC_ASSOCIATION", "A", "UNKNOWN_CODE");
        }
        if (pattern.contains("0-9 ()-")) {
            return Arbitraries.of("+7 7172 000000", "8 (727) 123-45-67", "+7");
        }
        if (pattern.startsWith("https?")) {
            return Arbitraries.of("https://example.kz/report.pdf", "http://x", "ftp://example.kz/a");
        }
        if (pattern.equals("kk|ru")) {
            return Arbitraries.of("kk", "ru", "en");
        }
        int maxLength = schema.path("maxLength").asInt(60);
        return Arbitraries.strings().withCharRange('a', 'z').withChars('ә', 'қ', 'ң', 'ө', 'ү', 'ұ', ' ', 'А', 'я')
                .ofMinLength(1).ofMaxLength(Math.min(maxLength, 60));
    }
}
