package kz.civic.infra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The contract test of answers (issue 16): every answer a service's tests receive through REST Assured is checked
 * against the service's own OpenAPI document ({@code /q/openapi?format=json}). The status must be one the operation
 * documents; a JSON body must validate (JSON Schema 2020-12, the dialect of OpenAPI 3.1) against the schema
 * documented for that status and media type — so {@code required}, enums, types and formats the document promises
 * are what the server sends, for every request every test makes.
 *
 * <p>Mode by the system property {@code civic.response-schemas} (set in a service's surefire configuration):
 * {@code enforce} fails the request's test with the violations; anything else ({@code report}, the default) appends
 * them to {@code target/response-schema-violations.txt}. Paths outside {@code /api/} and undocumented paths are not
 * checked (health, metrics, the platform's own test endpoints).
 */
public final class ResponseSchemas implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();
    /** The OpenAPI document of the service at {@code base} (loaded once). */
    static Document documentOf(String base) {
        return DOCUMENTS.computeIfAbsent(base, Document::load);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (!uri.getPath().startsWith("/api/")) {
            return response;
        }
        String base = uri.getScheme() + "://" + uri.getAuthority();
        List<String> violations = documentOf(base)
                .violations(request.getMethod(), uri.getPath(), response);
        if (!violations.isEmpty()) {
            String report = request.getMethod() + " " + uri.getPath() + " -> " + response.statusCode() + ": "
                    + String.join("; ", violations);
            AnswerChecks.report(AnswerChecks.enforced("civic.response-schemas"), "the answer breaks the OpenAPI document",
                    "response-schema-violations.txt", report);
        }
        return response;
    }

    /** One service's document, with its operations' path templates matched most-literal first. */
    static final class Document {
        private final JsonNode openApi;
        private final List<Template> templates = new ArrayList<>();
        private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

        Document(JsonNode openApi) {
            this.openApi = openApi;
            openApi.path("paths").fieldNames().forEachRemaining(p -> templates.add(new Template(p)));
            templates.sort(Comparator.comparingInt(Template::variables).thenComparing(t -> -t.path.length()));
        }

        static Document load(String base) {
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Document(JSON.readTree(answer.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Whether the operation {@code path} matches has a GET. */
        boolean hasGet(String path) {
            return templates.stream().filter(t -> t.matches(path)).findFirst()
                    .map(t -> openApi.path("paths").path(t.path).has("get")).orElse(false);
        }

        List<String> violations(String method, String path, Response response) {
            Optional<Template> template = templates.stream().filter(t -> t.matches(path)).findFirst();
            if (template.isEmpty()) {
                return List.of();
            }
            JsonNode operation = openApi.path("paths").path(template.get().path).path(method.toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) {
                return List.of(); // 405 from the framework: no operation to hold it to
            }
            int status = response.statusCode();
            JsonNode documented = operation.path("responses").path(Integer.toString(status));
            if (documented.isMissingNode()) {
                documented = operation.path("responses").path("default");
            }
            if (documented.isMissingNode()) {
                if (status == 304 || status == 405 || status == 406 || status == 415 || status == 413 || status == 429) {
                    return List.of(); // conditional GET and the framework's own refusals, common to every operation
                }
                return List.of("status " + status + " is not documented for " + method + " " + template.get().path);
            }
            String contentType = response.contentType();
            if (contentType == null || contentType.isBlank() || response.asByteArray().length == 0) {
                return List.of();
            }
            String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!mediaType.endsWith("json")) {
                return List.of();
            }
            JsonNode content = documented.path("content");
            if (!content.has(mediaType)) {
                return List.of("media type " + mediaType + " is not documented for " + status);
            }
            JsonNode schema = content.path(mediaType).path("schema");
            if (schema.isMissingNode() || schema.isEmpty()) {
                return List.of("status " + status + " documents no schema");
            }
            String key = template.get().path + " " + method + " " + status + " " + mediaType;
            JsonSchema validator = compiled.computeIfAbsent(key, k -> compile(schema));
            JsonNode body;
            try {
                body = JSON.readTree(response.asByteArray());
            } catch (IOException e) {
                return List.of("the body is not JSON: " + e.getMessage());
            }
            Set<ValidationMessage> errors = validator.validate(body);
            return errors.stream().map(ValidationMessage::getMessage).sorted().toList();
        }

        /** The operation's schema as the root of a document that also holds the components it refers to. */
        private JsonSchema compile(JsonNode schema) {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", openApi.path("components"));
            root.setAll((ObjectNode) schema.deepCopy());
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return factory.getSchema(root, config);
        }
    }

    record Template(String path, Pattern pattern, int variables) {
        Template(String path) {
            this(path, Pattern.compile("^" + String.join("[^/]+", java.util.Arrays.stream(path.split("\\{[^/}]+}", -1))
                    .map(Pattern::quote).toList()) + "/?$"),
                    (int) path.chars().filter(c -> c == '{').count());
        }

        boolean matches(String requestPath) {
            return pattern.matcher(requestPath).matches();
        }
    }
}
