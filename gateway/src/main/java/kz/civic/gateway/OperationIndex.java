package kz.civic.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

    /** A path template and its operations by upper-case method, in the document's order. */
    record Template(String path, Pattern pattern, int literals, int parameters, Map<String, Operation> operations) {
    }

    private final List<Template> templates = new ArrayList<>();

    OperationIndex(JsonNode document) {
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
            templates.add(template(entry.getKey(), operations));
        });
        templates.sort(Comparator.comparingInt(Template::literals).reversed()
                .thenComparingInt(Template::parameters));
    }

    /** The most specific template matching {@code path} (one trailing slash ignored), if any. */
    Optional<Template> match(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return templates.stream().filter(template -> template.pattern().matcher(trimmed).matches()).findFirst();
    }

    private static Template template(String path, Map<String, Operation> operations) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(path);
        int last = 0;
        int literals = 0;
        int parameters = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(path.substring(last, parameter.start()))).append("[^/]+");
            literals += parameter.start() - last;
            parameters++;
            last = parameter.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        literals += path.length() - last;
        return new Template(path, Pattern.compile(regex.toString()), literals, parameters, operations);
    }

    /** {@code type/subtype} in lower case, without parameters. */
    static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
