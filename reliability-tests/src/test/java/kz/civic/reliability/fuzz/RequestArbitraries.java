package kz.civic.reliability.fuzz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.civic.reliability.fuzz.ApiDocument.Operation;
import kz.civic.reliability.fuzz.ApiDocument.Param;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Requests for one operation: caller, path and query parameters, headers and body, each valid, boundary or hostile. */
final class RequestArbitraries {

    /** The gateway refuses declared bodies over 1 MiB (413); huge bodies stay below, oversized ones go above. */
    static final int BODY_LIMIT = 1024 * 1024;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII).build();

    /** A generated body: what it is, its media type (null: no Content-Type), its bytes (null: no body). */
    record Body(String kind, String contentType, byte[] bytes) {
    }

    private final World world;
    private final SchemaValues values;
    private final List<String> callers;

    RequestArbitraries(World world, SchemaValues values, List<String> callers) {
        this.world = world;
        this.values = values;
        this.callers = callers;
    }

    Arbitrary<FuzzRequest> of(Operation op) {
        List<Param> pathParams = op.params().stream().filter(p -> p.in().equals("path")).toList();
        List<Param> queryParams = op.params().stream().filter(p -> p.in().equals("query")).toList();
        List<Param> headerParams = op.params().stream().filter(p -> p.in().equals("header")).toList();

        Arbitrary<List<String>> path = Combinators.combine(pathParams.stream().map(p -> pathValue(op, p)).toList())
                .as(List::copyOf);
        Arbitrary<List<String>> query = Combinators.combine(queryParams.stream().map(this::queryValue).toList())
                .as(list -> new ArrayList<>(list));
        // hostile extras for the parameters the operation declares, and one it does not (a 400 naming it, issue 16)
        Set<String> declared = queryParams.stream().map(Param::name).collect(Collectors.toSet());
        List<String> extras = new ArrayList<>(List.of("unknown=1"));
        Map.of("limit", List.of("limit=-1&limit=5", "limit=1000000"), "cursor", List.of("cursor=%00"),
                "q", List.of("q=" + enc("' OR 1=1 --")), "sort", List.of("sort=" + enc("name; DROP TABLE ngo")))
                .forEach((name, values) -> {
                    if (declared.contains(name)) {
                        extras.addAll(values);
                    }
                });
        Arbitrary<String> extraQuery = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of(extras)));
        Arbitrary<List<String>> headers = Combinators.combine(headerParams.stream().map(this::headerValue).toList())
                .as(list -> new ArrayList<>(list));
        Arbitrary<Body> body = op.bodySchema() == null ? noBody() : body(op);

        return Combinators.combine(Arbitraries.of(callers), path, query, extraQuery, headers, body)
                .as((caller, pathValues, queryValues, extra, headerValues, b) -> {
                    String concrete = op.path();
                    for (int i = 0; i < pathParams.size(); i++) {
                        concrete = concrete.replace("{" + pathParams.get(i).name() + "}", pathValues.get(i));
                    }
                    List<String> pairs = new ArrayList<>();
                    for (int i = 0; i < queryParams.size(); i++) {
                        if (queryValues.get(i) != null) {
                            pairs.add(enc(queryParams.get(i).name()) + "=" + enc(queryValues.get(i)));
                        }
                    }
                    if (!extra.isEmpty()) {
                        pairs.add(extra);
                    }
                    Map<String, String> h = new LinkedHashMap<>();
                    for (int i = 0; i < headerParams.size(); i++) {
                        String v = headerValues.get(i);
                        if (v != null) {
                            h.put(headerParams.get(i).name(), v.equals(ETAG) ? etagOrGuess(concrete) : v);
                        }
                    }
                    String pq = concrete + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
                    return new FuzzRequest(op, caller, pq, h, b.contentType(), b.kind(), b.bytes());
                });
    }

    /** Marks "the current ETag of the resource", looked up when the request is built. */
    private static final String ETAG = "\u0000etag";

    private String etagOrGuess(String path) {
        String e = world.etagFor(path);
        return e == null ? "\"0\"" : e;
    }

    private Arbitrary<String> pathValue(Operation op, Param p) {
        List<String> known = world.values(op, p);
        List<Tuple.Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
        if (!known.isEmpty()) {
            choices.add(Tuple.of(10, Arbitraries.of(known)));
        }
        choices.add(Tuple.of(3, Arbitraries.create(() -> UUID.randomUUID().toString())));
        choices.add(Tuple.of(2, values.string(p.schema()).map(RequestArbitraries::encPath)));
        choices.add(Tuple.of(3, Hostile.strings().map(RequestArbitraries::encPath)));
        choices.add(Tuple.of(1, Arbitraries.of("..", ".", "%2e%2e", "..%2F..%2Fq%2Fhealth", "%252e%252e%252f", "%20",
                "x".repeat(1000), "-1", "0", "99999999999999999999", "1e3", "%00")));
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    private Arbitrary<String> queryValue(Param p) {
        Arbitrary<String> typical = values.of(p.schema()).map(n -> n.isValueNode() ? n.asText() : n.toString());
        Arbitrary<String> v = Arbitraries.frequencyOf(Tuple.of(6, typical), Tuple.of(2, Hostile.strings()),
                Tuple.of(1, Arbitraries.of("", "-1", "0", "2147483648", "1.5", "true", "[]", "{}", Hostile.huge(300))));
        return p.required() ? v.injectNull(0.05) : v.injectNull(0.5);
    }

    private Arbitrary<String> headerValue(Param p) {
        Arbitrary<String> v;
        if (p.name().equalsIgnoreCase("If-Match")) {
            v = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(ETAG)), Tuple.of(3, Hostile.headerValues()));
        } else if (p.name().equalsIgnoreCase("Idempotency-Key")) {
            v = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.create(() -> UUID.randomUUID().toString())),
                    Tuple.of(3, Hostile.headerValues()));
        } else {
            v = values.string(p.schema()).filter(s -> s.chars().allMatch(c -> c >= 0x20 && c < 0x7f));
        }
        return v.injectNull(p.required() ? 0.1 : 0.4);
    }

    private static Arbitrary<Body> noBody() {
        // Now and then a body where none belongs (the services must ignore or refuse it, not break).
        return Arbitraries.frequencyOf(Tuple.of(19, Arbitraries.just(new Body("", null, null))),
                Tuple.of(1, Arbitraries.of(new Body("unexpected", "application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)),
                        new Body("unexpected", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))));
    }

    private Arbitrary<Body> body(Operation op) {
        Arbitrary<JsonNode> valid = values.of(op.bodySchema());
        Arbitrary<Boolean> escape = Arbitraries.of(false, true);
        Arbitrary<Body> asIs = Combinators.combine(valid, escape).as((json, esc) -> json(op, "valid", json, esc));
        Arbitrary<Body> mutated = Combinators.combine(valid, mutation(), mutation().injectNull(0.7), escape)
                .as((json, m1, m2, esc) -> {
                    JsonNode j = m1.apply(json.deepCopy());
                    if (m2 != null) {
                        j = m2.apply(j);
                    }
                    return json(op, m1 + (m2 == null ? "" : "+" + m2), j, esc);
                });
        Arbitrary<Body> wholeWrong = Arbitraries.of("[]", "\"text\"", "123", "null", "true", "{}", "[{}]", "1e999")
                .map(s -> new Body("whole-body " + s, "application/json", s.getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Body> malformed = Combinators.combine(valid, Arbitraries.integers().between(0, 100),
                Arbitraries.of(Malformed.class)).as((json, cut, how) -> how.apply(json.toString(), cut));
        Arbitrary<Body> deep = Arbitraries.of(10_000, 2_000, 1_001).flatMap(depth -> Arbitraries.of(
                new Body("deep arrays " + depth, "application/json", ("[".repeat(depth) + "]".repeat(depth)).getBytes()),
                new Body("deep objects " + depth, "application/json", ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes())));
        Arbitrary<Body> huge = valid.map(json -> {
            // the first string member 100k characters long: about 200 KB in UTF-8, below the 1 MiB limit
            JsonNode j = json.deepCopy();
            List<JsonNode[]> slots = new ArrayList<>();
            Mutation.walk(j, slots);
            JsonNode huge100k = NODES.textNode(Hostile.huge(100_000));
            int first = 0;
            while (first < slots.size() && !child(slots.get(first)).isTextual()) {
                first++;
            }
            j = new Mutation(first < slots.size() ? "huge-string" : "extra-property", first, huge100k, "huge").apply(j);
            return json(op, "huge string", j, false);
        });
        Arbitrary<Body> oversize = Arbitraries.of(BODY_LIMIT + 1, 2 * BODY_LIMIT).map(n -> {
            ObjectNode o = NODES.objectNode();
            o.put("padding", "x".repeat(n));
            return new Body("oversize " + n, "application/json", o.toString().getBytes(StandardCharsets.UTF_8));
        });
        Arbitrary<Body> wrongType = Combinators.combine(valid, Arbitraries.of(WRONG_TYPES)).as((json, type) -> {
            byte[] bytes = switch (type) {
                case "application/xml" -> "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>".getBytes();
                case "multipart/form-data; boundary=fuzz" -> ("--fuzz\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + json
                        + "\r\n--fuzz--\r\n").getBytes(StandardCharsets.UTF_8);
                case "application/x-www-form-urlencoded" -> "a=1&b=%27".getBytes();
                default -> json.toString().getBytes(StandardCharsets.UTF_8);
            };
            return new Body("content type " + type, type.equals("none") ? null : type, bytes);
        });
        Arbitrary<Body> empty = Arbitraries.of(new Body("empty", "application/json", new byte[0]), new Body("absent", null, null),
                new Body("whitespace", "application/json", " \n\t ".getBytes()));
        return Arbitraries.frequencyOf(Tuple.of(30, asIs), Tuple.of(30, mutated), Tuple.of(4, wholeWrong),
                Tuple.of(8, malformed), Tuple.of(3, deep), Tuple.of(3, huge), Tuple.of(1, oversize), Tuple.of(8, wrongType),
                Tuple.of(4, empty));
    }

    private static final String[] WRONG_TYPES = { "text/plain", "application/xml", "multipart/form-data; boundary=fuzz",
        "application/x-www-form-urlencoded", "none", "application/json; charset=iso-8859-1", "application/octet-stream",
        "application/problem+json", "application/json;;", "text/html; charset=utf-8" };

    /** Ways of breaking JSON text. */
    enum Malformed {
        TRUNCATED, TRAILING_GARBAGE, SINGLE_QUOTES, COMMENT, NAN, BOM, INVALID_UTF8, DUPLICATE_KEYS, UNQUOTED_KEY;

        Body apply(String json, int cut) {
            String s = switch (this) {
                case TRUNCATED -> json.substring(0, Math.max(0, json.length() * cut / 101));
                case TRAILING_GARBAGE -> json + "}{]";
                case SINGLE_QUOTES -> json.replace('"', '\'');
                case COMMENT -> "/* c */" + json;
                case NAN -> json.startsWith("{") && json.length() > 2 ? "{\"n\": NaN, " + json.substring(1) : "NaN";
                case BOM -> "\uFEFF" + json;
                case DUPLICATE_KEYS -> json.startsWith("{\"") ? "{\"a\":1,\"a\":2," + json.substring(1) : json + json;
                case UNQUOTED_KEY -> json.startsWith("{\"") ? "{a:1," + json.substring(1) : "{a:1}";
                case INVALID_UTF8 -> null;
            };
            if (s == null) {
                byte[] valid = json.getBytes(StandardCharsets.UTF_8);
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                b.write(valid, 0, Math.min(valid.length, 2));
                b.writeBytes(new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80 });
                b.write(valid, Math.min(valid.length, 2), Math.max(0, valid.length - 2));
                return new Body("malformed " + this, "application/json", b.toByteArray());
            }
            return new Body("malformed " + this, "application/json", s.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A change to one node of a valid body, chosen by its position in a walk of the tree. */
    record Mutation(String kind, int position, JsonNode replacement, String key) {

        JsonNode apply(JsonNode root) {
            // a copy: the replacement values are shared by every try, and a later mutation may change this one
            JsonNode replacement = this.replacement.deepCopy();
            List<JsonNode[]> slots = new ArrayList<>(); // {parent, keyOrIndexNode}
            walk(root, slots);
            if (kind.equals("extra-property")) {
                List<ObjectNode> objects = new ArrayList<>();
                if (root instanceof ObjectNode o) {
                    objects.add(o);
                }
                slots.stream().map(s -> s[0]).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast)
                        .forEach(objects::add);
                if (!objects.isEmpty()) {
                    objects.get(position % objects.size()).set(key, replacement);
                }
                return root;
            }
            if (slots.isEmpty()) {
                return kind.equals("remove") ? root : replacement;
            }
            JsonNode[] slot = slots.get(position % slots.size());
            if (slot[0] instanceof ObjectNode o) {
                if (kind.equals("remove")) {
                    o.remove(slot[1].asText());
                } else {
                    o.set(slot[1].asText(), replacement);
                }
            } else if (slot[0] instanceof ArrayNode a) {
                if (kind.equals("remove")) {
                    a.remove(slot[1].asInt());
                } else {
                    a.set(slot[1].asInt(), replacement);
                }
            }
            return root;
        }

        static void walk(JsonNode node, List<JsonNode[]> slots) {
            if (node instanceof ObjectNode o) {
                o.fieldNames().forEachRemaining(name -> {
                    slots.add(new JsonNode[] { o, NODES.textNode(name) });
                    walk(o.get(name), slots);
                });
            } else if (node instanceof ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    slots.add(new JsonNode[] { a, NODES.numberNode(i) });
                    walk(a.get(i), slots);
                }
            }
        }

        @Override
        public String toString() {
            return kind + "@" + position + (kind.equals("extra-property") ? "(" + key + ")" : "")
                    + (kind.equals("remove") ? "" : "=" + abbreviate(replacement.toString()));
        }

        private static String abbreviate(String s) {
            return s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
        }
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 200);
        Arbitrary<JsonNode> wrongType = Arbitraries.of(NODES.numberNode(123), NODES.numberNode(-1), NODES.numberNode(1.5e308),
                NODES.booleanNode(true), NODES.textNode("text"), NODES.arrayNode(), NODES.objectNode(), NODES.nullNode(),
                NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
                NODES.arrayNode().add(NODES.arrayNode().add(1)), NODES.objectNode().put("$gt", ""));
        Arbitrary<JsonNode> hostile = Hostile.strings().map(s -> (JsonNode) NODES.textNode(s));
        Arbitrary<JsonNode> huge = Arbitraries.of(10_000, 100_000).map(n -> (JsonNode) NODES.textNode(Hostile.huge(n)));
        return Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(position, wrongType).as((p, v) -> new Mutation("wrong-type", p, v, null))),
                Tuple.of(3, position.map(p -> new Mutation("remove", p, NODES.nullNode(), null))),
                Tuple.of(3, Combinators.combine(position, Arbitraries.of(Hostile.KEYS), Arbitraries.oneOf(wrongType, hostile))
                        .as((p, k, v) -> new Mutation("extra-property", p, v, k))),
                Tuple.of(4, Combinators.combine(position, hostile).as((p, v) -> new Mutation("hostile-string", p, v, null))),
                Tuple.of(1, Combinators.combine(position, huge).as((p, v) -> new Mutation("huge-string", p, v, null))));
    }

    private static JsonNode child(JsonNode[] slot) {
        return slot[0] instanceof ObjectNode o ? o.get(slot[1].asText()) : slot[0].get(slot[1].asInt());
    }

    private static Body json(Operation op, String kind, JsonNode json, boolean escapeNonAscii) {
        try {
            String type = op.bodyTypes().isEmpty() ? "application/json" : op.bodyTypes().get(0);
            ObjectMapper mapper = escapeNonAscii ? ESCAPING : PLAIN;
            return new Body(kind + (escapeNonAscii ? " (\\u-escaped)" : ""), type, mapper.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A path segment: everything but unreserved characters percent-encoded (a slash becomes %2F). */
    static String encPath(String s) {
        return enc(s).replace("+", "%20");
    }
}
