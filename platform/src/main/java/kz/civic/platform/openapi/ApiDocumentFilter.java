package kz.civic.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
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
 * without a bearer token; a 201 has a description. Quarkus finds it in the platform's index and
 * runs it for every service when the document is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String BEARER = "bearer";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

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
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> complete(path, item));
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
                    if (code.startsWith("4") || code.startsWith("5")) {
                        problemContent(response);
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
        if (!content.hasMediaType(PROBLEM_JSON)) {
            content.addMediaType(PROBLEM_JSON, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        }
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
