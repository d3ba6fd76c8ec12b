package kz.civic.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations one service documents: for each path template, the methods and, per method, the
 * media types its request body may have. A request path is matched against the templates the way
 * JAX-RS does: the template with the most literal characters wins ({@code /ngos/by-bin/{bin}} before
 * {@code /ngos/{id}/{x}}), then the one with fewer parameters.
 */
final class OperationIndex {

    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH",
            "TRACE");
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

    /** One documented operation; {@code mediaTypes} is empty when it takes no request body. */
    record Operation(Set<String> mediaTypes) {

        /** Whether a body of {@code contentType} (parameters and case ignored) is accepted. */
        boolean accepts(String contentType) {
            if (contentType == null) {
                return false;
            }
            String type = essence(contentType);
            for (String accepted : mediaTypes) {
                if (accepted.equals(type) || accepted.equals("*/*")
                        || accepted.endsWith("/*") && type.startsWith(accepted.substring(0, accepted.length() - 1))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A path template and its operations by upper-case method, in the document's order; {@code order} is
     * the template's position in the document, the last tie-breaker.
     */
    record Template(String path, int literals, int parameters, int order, Map<String, Operation> operations) {
    }

    /** Most literal characters first, then fewer parameters, then the document's order. */
    private static final Comparator<Template> PRECEDENCE = Comparator.comparingInt(Template::literals).reversed()
            .thenComparingInt(Template::parameters).thenComparingInt(Template::order);

    /**
     * One path segment position of the templates: children by literal segment, by a segment that is
     * one whole parameter, and by a segment mixing literals and parameters ({@code {id}.pdf}, matched
     * by its own pattern). A request path walks the trie segment by segment instead of trying every
     * template's regex in turn; all branches that match are followed, so the global precedence above
     * decides (a literal segment does not win by itself: {@code /a/{x}/statistics} beats
     * {@code /a/b/{y}} for {@code /a/b/statistics}, as with the regexes before).
     */
    private static final class Node {
        final Map<String, Node> literals = new HashMap<>();
        final Map<String, Map.Entry<Pattern, Node>> mixed = new LinkedHashMap<>();
        Node parameter;
        /** The most specific template ending here (templates differing only in parameter names tie). */
        Template template;

        Node child(String segment) {
            if (!segment.contains("{")) {
                return literals.computeIfAbsent(segment, literal -> new Node());
            }
            if (PARAMETER.matcher(segment).matches()) {
                return parameter == null ? parameter = new Node() : parameter;
            }
            String regex = regex(segment);
            if (regex.equals(Pattern.quote(segment))) {
                return literals.computeIfAbsent(segment, literal -> new Node());
            }
            return mixed.computeIfAbsent(regex, key -> Map.entry(Pattern.compile(key), new Node())).getValue();
        }

        /** The best template matching {@code segments} from position {@code at} on, or null. */
        Template match(String[] segments, int at) {
            if (at == segments.length) {
                return template;
            }
            String segment = segments[at];
            Template best = null;
            Node literal = literals.get(segment);
            if (literal != null) {
                best = better(best, literal.match(segments, at + 1));
            }
            if (segment.isEmpty()) {
                return best;
            }
            if (parameter != null) {
                best = better(best, parameter.match(segments, at + 1));
            }
            for (Map.Entry<Pattern, Node> entry : mixed.values()) {
                if (entry.getKey().matcher(segment).matches()) {
                    best = better(best, entry.getValue().match(segments, at + 1));
                }
            }
            return best;
        }
    }

    private final Node root = new Node();

    OperationIndex(JsonNode document) {
        int[] order = {0};
        document.path("paths").fields().forEachRemaining(entry -> {
            Map<String, Operation> operations = new LinkedHashMap<>();
            entry.getValue().fields().forEachRemaining(operation -> {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                if (METHODS.contains(method)) {
                    Set<String> types = new LinkedHashSet<>();
                    operation.getValue().path("requestBody").path("content").fieldNames()
                            .forEachRemaining(type -> types.add(essence(type)));
                    operations.put(method, new Operation(Set.copyOf(types)));
                }
            });
            add(template(entry.getKey(), order[0]++, operations));
        });
    }

    /** The most specific template matching {@code path} (one trailing slash ignored), if any. */
    Optional<Template> match(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return Optional.ofNullable(root.match(segments(trimmed), 0));
    }

    private void add(Template template) {
        Node node = root;
        for (String segment : segments(template.path())) {
            node = node.child(segment);
        }
        node.template = better(node.template, template);
    }

    /** The segments between slashes, empty ones kept ({@code //} matches no parameter). */
    private static String[] segments(String path) {
        return path.split("/", -1);
    }

    private static Template better(Template one, Template other) {
        if (one == null) {
            return other;
        }
        return other == null || PRECEDENCE.compare(one, other) <= 0 ? one : other;
    }

    private static Template template(String path, int order, Map<String, Operation> operations) {
        Matcher parameter = PARAMETER.matcher(path);
        int last = 0;
        int literals = 0;
        int parameters = 0;
        while (parameter.find()) {
            literals += parameter.start() - last;
            parameters++;
            last = parameter.end();
        }
        literals += path.length() - last;
        return new Template(path, literals, parameters, order, operations);
    }

    /** The regex a template segment stands for: its literals quoted, each parameter one or more non-slashes. */
    private static String regex(String segment) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(segment);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(segment.substring(last, parameter.start()))).append("[^/]+");
            last = parameter.end();
        }
        return regex.append(Pattern.quote(segment.substring(last))).toString();
    }

    /** {@code type/subtype} in lower case, without parameters. */
    static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
