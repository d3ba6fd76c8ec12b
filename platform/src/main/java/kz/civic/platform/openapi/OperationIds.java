package kz.civic.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The operationId of an operation that names none: its HTTP method and path spelled as one
 * resource-oriented name (docs/conventions.md, "Operation ids"). Only the method and the path are read, so an id
 * changes only when the path does. The verb is {@code list} for a GET of a path ending in a plural noun, {@code get}
 * for any other GET, {@code create} for POST, {@code replace} for PUT, {@code update} for PATCH, {@code delete} for
 * DELETE. The noun is the path's literal segments after {@code /api/v<n>}, kebab-case joined in PascalCase; a segment
 * followed by a path parameter (it names one item: {@code ngos/{id}}) or by a {@code by-…} lookup segment, and the
 * last segment of a POST (it adds one), is made singular. {@code GET /api/v1/ngos} is {@code listNgos},
 * {@code GET /api/v1/ngos/{id}} {@code getNgo}, {@code POST /api/v1/ngos/{id}/status-changes}
 * {@code createNgoStatusChange}, {@code GET /api/v1/ngos/by-bin/{bin}} {@code getNgoByBin}.
 */
final class OperationIds {

    private static final Pattern VERSION = Pattern.compile("v\\d+");

    private OperationIds() {
    }

    /** The id of {@code method} (GET, POST, …) on {@code path} ({@code /api/v1/ngos/{id}}). */
    static String of(String method, String path) {
        List<String> segments = segments(path);
        String verb = verb(method.toUpperCase(Locale.ROOT), segments);
        StringBuilder noun = new StringBuilder();
        int lastLiteral = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (!parameter(segments.get(i))) {
                lastLiteral = i;
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (parameter(segment)) {
                continue;
            }
            String next = i + 1 < segments.size() ? segments.get(i + 1) : null;
            boolean one = next != null && (parameter(next) || next.startsWith("by-"))
                    || i == lastLiteral && "create".equals(verb);
            noun.append(pascal(segment, one));
        }
        return verb + noun;
    }

    private static String verb(String method, List<String> segments) {
        return switch (method) {
            case "GET" -> !segments.isEmpty() && !parameter(segments.get(segments.size() - 1))
                    && plural(lastWord(segments.get(segments.size() - 1))) ? "list" : "get";
            case "POST" -> "create";
            case "PUT" -> "replace";
            case "PATCH" -> "update";
            case "DELETE" -> "delete";
            default -> method.toLowerCase(Locale.ROOT);
        };
    }

    /** The path's segments after the {@code /api/v<n>} prefix (all of them if it has none). */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        if (segments.size() >= 2 && "api".equals(segments.get(0)) && VERSION.matcher(segments.get(1)).matches()) {
            return segments.subList(2, segments.size());
        }
        return segments;
    }

    private static boolean parameter(String segment) {
        return segment.startsWith("{");
    }

    private static String lastWord(String segment) {
        return segment.substring(segment.lastIndexOf('-') + 1);
    }

    /** {@code status-changes} → {@code StatusChanges}, or {@code StatusChange} when {@code singular}. */
    private static String pascal(String segment, boolean singular) {
        String[] words = segment.split("[-_.]");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = singular && i == words.length - 1 ? singular(words[i]) : words[i];
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    static boolean plural(String word) {
        return !singular(word).equals(word);
    }

    /** English singular of a path word: bodies → body, boxes → box, ngos → ngo; status, statistics stay. */
    static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ics") || !w.endsWith("s")) {
            return word;
        }
        if (w.endsWith("ies") && w.length() > 3) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("uses") || w.endsWith("xes") || w.endsWith("zes") || w.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }
}
