package kz.civic.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes every service's OpenAPI document with the conventions all operations share
 * (architecture.md §5), so that no resource has to repeat them: every 4xx/5xx answer is an RFC
 * 9457 {@code application/problem+json} {@code Problem}, whose common extension members are declared
 * and others allowed; every operation documents 400 (any request can carry a malformed parameter or a
 * refused character such as NUL), 401 and 403 (when a token is required), 404 (when the path names a resource), 412 and
 * 428 (when it takes If-Match), 409 and 422 (when it takes Idempotency-Key: a request with the key
 * in flight, the key used with another body) and 500;
 * an operation without a security requirement states that anonymous callers may call it, with or
 * without a bearer token; a 201 has a description; every answer declares the {@code API-Version} header (one
 * {@code components/headers} entry, see {@link kz.civic.platform.web.ApiVersion}); an operation that names no
 * operationId gets one made of its method and path ({@link OperationIds}), unique in the document; a media type's
 * server-side quality ({@code text/csv;qs=0.5}) is not part of the documented type, and a CSV answer is a string.
 * Quarkus finds it in the platform's index and runs it for every service when the document is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String BEARER = "bearer";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** The response header carrying the API's full version, and its {@code components/headers} entry. */
    public static final String API_VERSION = "API-Version";

    /** The schema SmallRye makes of the generic {@code web.Page<T>} itself (see {@link #dropUnusedGenericPage}). */
    private static final String GENERIC_PAGE = "Page";
    private static final Map<String, String> STANDARD = Map.of(
            "400", "Invalid request: malformed JSON, a failed validation (errors lists the fields), a bad parameter "
                    + "or a refused character (NUL) in the query or path",
            "401", "A valid bearer token is required",
            "403", "The token's role or NGO/agency binding does not allow this",
            "404", "No such resource",
            "409", "Conflict with the current state, or a request with the same Idempotency-Key is still in flight",
            "412", "If-Match names an older version; currentEtag names the current one",
            "422", "A business rule refuses the request, or the Idempotency-Key was used with another body",
            "428", "If-Match is required: send the ETag of the version you are changing",
            "500", "Unexpected error (logged with the request id)");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        addProblemSchema(api.getComponents());
        api.getComponents().addHeader(API_VERSION, apiVersionHeader());
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> complete(path, item));
        assignOperationIds(api);
        requireResponseProperties(api);
        inlineNullableFormats(api);
        dropUnusedGenericPage(api);
    }

    /**
     * A nullable date, instant or UUID comes out of SmallRye as {@code anyOf: [{$ref: LocalDate}, {type: null}]}, so
     * the property itself has no {@code format} (the NL GOV rule {@code nlgov:specify-format-for-date-and-time} asks
     * for it on the property) and generators see a union. Such a property is written as the scalar it is:
     * {@code type: [string, null]} with the referenced component's {@code format} and {@code pattern}. References to
     * objects and enums stay references (a client keeps one model or enum type for them).
     */
    private static void inlineNullableFormats(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        schemas.values().forEach(schema -> {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(property -> inlineNullableFormat(property, schemas));
            }
        });
    }

    private static void inlineNullableFormat(Schema property, Map<String, Schema> schemas) {
        List<Schema> choices = property.getAnyOf();
        if (choices == null || choices.size() != 2 || !nullable(property)) {
            return;
        }
        Schema ref = choices.stream().filter(c -> c.getRef() != null).findFirst().orElse(null);
        Schema target = ref == null ? null : schemas.get(ref.getRef().substring(ref.getRef().lastIndexOf('/') + 1));
        if (target == null || target.getFormat() == null || target.getEnumeration() != null
                || target.getProperties() != null || target.getType() == null || target.getType().size() != 1) {
            return;
        }
        property.setAnyOf(null);
        property.setType(List.of(target.getType().get(0), Schema.SchemaType.NULL));
        property.setFormat(target.getFormat());
        property.setPattern(target.getPattern());
    }

    /**
     * SmallRye records the generic {@code Page<T>} itself as a schema {@code Page} whose {@code items} have no type;
     * every list answers its named {@code PageXxx}. Nothing refers to {@code Page} then, and a generated client would
     * still get a model with {@code items: any} (TypeScript) or {@code List<Object>} (Java): it is dropped.
     */
    private static void dropUnusedGenericPage(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null || !schemas.containsKey(GENERIC_PAGE)) {
            return;
        }
        java.util.Set<String> used = new java.util.TreeSet<>();
        schemas.forEach((name, schema) -> {
            if (!name.equals(GENERIC_PAGE)) {
                reach(schema, schemas, used);
            }
        });
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(parameter -> reach(parameter.getSchema(), schemas, used));
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                    && op.getRequestBody().getContent().getMediaTypes() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> reach(m.getSchema(), schemas, used));
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                        r.getContent().getMediaTypes().values().forEach(m -> reach(m.getSchema(), schemas, used));
                    }
                });
            }
        }));
        if (!used.contains(GENERIC_PAGE)) {
            api.getComponents().removeSchema(GENERIC_PAGE);
        }
    }

    /**
     * Response models declare which properties every answer carries: JSON leaves out a null member
     * ({@code quarkus.jackson.serialization-inclusion=non_null}), so a property is required unless its schema says it
     * may be absent ({@code @Schema(nullable = true)}, written {@code type: [..., "null"]} or {@code anyOf} with
     * {@code null}). Applied to the schemas reachable only from answers; a schema that is also a request body keeps
     * the request's own {@code required} (a client must not be told to send what it may leave out). Every
     * service's tests check the claim: {@code kz.civic.infra.testing.ResponseSchemas} validates each answer.
     */
    private static void requireResponseProperties(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        java.util.Set<String> inResponses = new java.util.TreeSet<>();
        java.util.Set<String> inRequests = new java.util.TreeSet<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                    && op.getRequestBody().getContent().getMediaTypes() != null) {
                op.getRequestBody().getContent().getMediaTypes().values()
                        .forEach(m -> reach(m.getSchema(), schemas, inRequests));
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().forEach((code, r) -> {
                    if (code.startsWith("2") && r.getContent() != null && r.getContent().getMediaTypes() != null) {
                        r.getContent().getMediaTypes().values().forEach(m -> reach(m.getSchema(), schemas, inResponses));
                    }
                });
            }
        }));
        inResponses.removeAll(inRequests);
        for (String name : inResponses) {
            Schema schema = schemas.get(name);
            if (schema.getProperties() == null) {
                continue;
            }
            java.util.Set<String> required = new java.util.LinkedHashSet<>();
            if (schema.getRequired() != null) {
                required.addAll(schema.getRequired());
            }
            schema.getProperties().forEach((property, s) -> {
                if (!nullable(s)) {
                    required.add(property);
                }
            });
            schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
        }
    }

    private static boolean nullable(Schema s) {
        if (s.getType() != null && s.getType().contains(Schema.SchemaType.NULL)) {
            return true;
        }
        for (List<Schema> choices : Arrays.asList(s.getAnyOf(), s.getOneOf())) {
            if (choices != null && choices.stream().anyMatch(ApiDocumentFilter::nullable)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the names of the component schemas {@code schema} refers to, transitively. */
    private static void reach(Schema schema, Map<String, Schema> schemas, java.util.Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (names.add(name) && schemas.containsKey(name)) {
                reach(schemas.get(name), schemas, names);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> reach(p, schemas, names));
        }
        reach(schema.getItems(), schemas, names);
        if (schema.getAdditionalPropertiesSchema() != null) {
            reach(schema.getAdditionalPropertiesSchema(), schemas, names);
        }
        for (List<Schema> list : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                list.forEach(p -> reach(p, schemas, names));
            }
        }
    }

    /** The {@code API-Version} header every answer carries (the same text in every service, so the merge keeps one). */
    static Header apiVersionHeader() {
        return OASFactory.createHeader()
                .description("The full version of the API (semantic versioning, e.g. 1.0.0), the info.version of this "
                        + "document; the major version is also in the path (/api/v1)")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .pattern("^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$"));
    }

    /**
     * Gives every operation without an explicit operationId the one {@link OperationIds} makes of its method and path;
     * two operations with the same id fail the build (name one of them with {@code @Operation(operationId = …)}).
     */
    private static void assignOperationIds(OpenAPI api) {
        Map<String, String> used = new HashMap<>();
        List<Runnable> checks = new ArrayList<>();
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            if (op.getOperationId() == null || op.getOperationId().isBlank()) {
                op.setOperationId(OperationIds.of(method.name(), path));
            }
            String where = method.name() + " " + path;
            String other = used.putIfAbsent(op.getOperationId(), where);
            if (other != null) {
                checks.add(() -> {
                    throw new IllegalStateException("operationId " + op.getOperationId() + " of " + where
                            + " is already that of " + other + ": name one with @Operation(operationId = ...)");
                });
            }
        }));
        checks.forEach(Runnable::run);
    }

    private static void complete(String path, PathItem item) {
        for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
            Operation op = e.getValue();
            boolean tokenRequired = op.getSecurity() != null && !op.getSecurity().isEmpty()
                    && op.getSecurity().stream().noneMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
            if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
                op.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                        OASFactory.createSecurityRequirement().addScheme(BEARER)));
            }
            if (op.getResponses() == null) {
                op.setResponses(OASFactory.createAPIResponses());
            }
            APIResponses responses = op.getResponses();
            // every request passes the platform's door (NUL refusal, malformed query strings), so every
            // operation can answer 400, even one without parameters (found by OpenApiFuzzIT)
            ensure(responses, "400");
            if (tokenRequired) {
                ensure(responses, "401");
                ensure(responses, "403");
            }
            if (path.contains("{")) {
                ensure(responses, "404");
            }
            // Etags.requireMatch and Idempotency answer these on any operation that takes the header
            // (found missing by reliability-tests' OpenApiFuzzIT)
            if (hasHeader(item, op, "If-Match")) {
                ensure(responses, "412");
                ensure(responses, "428");
            }
            if (hasHeader(item, op, "Idempotency-Key")) {
                ensure(responses, "409");
                ensure(responses, "422");
            }
            ensure(responses, "500");
            if (responses.getAPIResponses() != null) {
                responses.getAPIResponses().forEach((code, response) -> {
                    if (response.getRef() != null) {
                        return;
                    }
                    if (code.startsWith("4") || code.startsWith("5")) {
                        problemContent(response);
                    } else if (response.getContent() != null) {
                        documentedMediaTypes(response.getContent());
                        negotiated(response);
                    }
                    if (response.getHeaders() == null || !response.getHeaders().containsKey(API_VERSION)) {
                        response.addHeader(API_VERSION, OASFactory.createHeader().ref(API_VERSION));
                    }
                    if (response.getDescription() == null || response.getDescription().isBlank()) {
                        response.setDescription(code.equals("201") ? "Created" : STANDARD.getOrDefault(code, "Answer " + code));
                    }
                });
            }
        }
    }

    private static boolean hasHeader(PathItem item, Operation op, String name) {
        for (List<Parameter> list : Arrays.asList(item.getParameters(), op.getParameters())) {
            if (list != null && list.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))) {
                return true;
            }
        }
        return false;
    }

    private static void ensure(APIResponses responses, String code) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(STANDARD.get(code)));
        }
    }

    private static void problemContent(APIResponse response) {
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        MediaType problem = content.getMediaType(PROBLEM_JSON);
        if (problem == null) {
            content.addMediaType(PROBLEM_JSON, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        } else if (problem.getSchema() == null) {
            // a resource's @APIResponse(content = @Content(mediaType = problem+json)) names no schema: it is Problem
            problem.setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
        }
    }

    /**
     * A media type as clients see it: JAX-RS's server-side quality ({@code text/csv;qs=0.5} ranks CSV below JSON when
     * the client accepts both) is no part of the answer's {@code Content-Type}; a CSV answer is text.
     */
    private static void documentedMediaTypes(Content content) {
        if (content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> e : new ArrayList<>(content.getMediaTypes().entrySet())) {
            String documented = withoutQuality(e.getKey());
            if (!documented.equals(e.getKey())) {
                content.removeMediaType(e.getKey());
                if (!content.hasMediaType(documented)) {
                    content.addMediaType(documented, e.getValue());
                }
            }
        }
        content.getMediaTypes().forEach((type, mediaType) -> {
            if (type.toLowerCase(Locale.ROOT).startsWith("text/") && mediaType != null && mediaType.getSchema() == null) {
                mediaType.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
            }
        });
    }

    /**
     * One operation can answer in several media types (a JSON and a CSV method on one path): its description says
     * so, whatever the resource wrote for one of them.
     */
    private static void negotiated(APIResponse response) {
        Map<String, MediaType> types = response.getContent().getMediaTypes();
        if (types == null || types.size() < 2) {
            return;
        }
        String choice = "The answer is " + String.join(" or ", types.keySet()) + ", as the request's Accept header asks.";
        String description = response.getDescription();
        if (description == null || !description.contains(choice)) {
            response.setDescription(description == null || description.isBlank() ? choice : description + ". " + choice);
        }
    }

    private static String withoutQuality(String mediaType) {
        StringBuilder kept = new StringBuilder();
        for (String part : mediaType.split(";")) {
            String p = part.strip();
            if (kept.length() == 0) {
                kept.append(p);
            } else if (!p.toLowerCase(Locale.ROOT).startsWith("qs=")) {
                kept.append(';').append(p);
            }
        }
        return kept.toString();
    }

    private static void addProblemSchema(Components components) {
        if (components.getSchemas() != null && components.getSchemas().containsKey("Problem")) {
            return;
        }
        Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text).addProperty("message", text);
        components.addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. As RFC 9457 §3.2 allows, a problem type may add its own members "
                        + "(extension members): the common ones are declared below; others belong to one problem type "
                        + "(e.g. rules, each eligibility rule with pass/fail and reason, on an ineligible application). "
                        + "Clients must ignore members they do not know.")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .examples(List.of("/problems/validation")))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("requestId", text)
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(fieldError))
                .addProperty("currentEtag", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("412: the ETag of the current version"))
                .addProperty("currentStatus", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("409: the resource's current lifecycle status"))
                .addProperty("allowed", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(text)
                        .description("409: the transitions allowed from the current status"))
                .addProperty("existingId", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("409: the id of the resource that already exists"))
                .additionalPropertiesBoolean(Boolean.TRUE)
                .required(List.of("type", "title", "status")));
    }
}
