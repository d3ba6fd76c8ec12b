package kz.civic.gateway.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import kz.civic.gateway.Problems;
import kz.civic.messages.Messages;

/**
 * The answers the gateway itself may give to any routed operation, added to the merged document so
 * clients (and generated ones) know them: 401 (a bearer token that does not verify), 413 (a body
 * over the limit; on operations with a body), 415 (a body of a media type the operation does not
 * accept, or a body to an operation that takes none), 429 (quota), 502, 503 (service down or its
 * circuit open) and 504. They are {@code components/responses} named {@code Gateway…} with the
 * services' {@code Problem} schema (one problem type for clients; the gateway's answers use a subset of its
 * members), or the gateway's own under that name when no service document brings one, referenced from every
 * operation that does not document the status itself. (405 answers a method a path does not document, so no operation lists it.)
 */
final class GatewayResponses {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final String PROBLEM = "Problem";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** One answer: status, component name, description, problem slug, example detail, extra headers. */
    private record Answer(String status, String name, String description, String slug, String detail,
            Map<String, String> headers, boolean bodiesOnly) {
    }

    private static final Answer[] ANSWERS = {
        new Answer("401", "GatewayUnauthorized", "The bearer token does not verify (signature, issuer, audience, "
                + "expiry); answered by the gateway", "unauthorized", "the bearer token is not valid",
                Map.of("WWW-Authenticate", "Bearer"), false),
        new Answer("413", "GatewayPayloadTooLarge", "The declared body is over 1 MiB; answered by the gateway",
                "payload-too-large", "the body may not exceed 1048576 bytes", Map.of(), true),
        new Answer("415", "GatewayUnsupportedMediaType", "The body's media type is not one the operation accepts, "
                + "or the operation takes no body; answered by the gateway", "http-415",
                "POST /api/v1/ngos accepts a body of application/json only", Map.of(), false),
        new Answer("429", "GatewayTooManyRequests", "The client's quota is used up; answered by the gateway",
                "quota-exceeded",
                "the anonymous quota of 120 requests per 60 s is used up; retry in 1 s",
                headers("Retry-After", "Seconds until a request is accepted again",
                        "RateLimit", "\"anonymous\";r=0;t=1", "RateLimit-Policy", "\"anonymous\";q=120;w=60"), false),
        new Answer("502", "GatewayBadGateway", "The service failed before answering; answered by the gateway",
                "bad-gateway", "registry failed to answer", Map.of(), false),
        new Answer("503", "GatewayServiceUnavailable", "The service is not reachable, or failing (its circuit "
                + "breaker is open: Retry-After says when it is tried again); answered by the gateway",
                "upstream-unavailable", "registry is not reachable",
                Map.of("Retry-After", "Seconds until the service is tried again (only while its circuit is open)"),
                false),
        new Answer("504", "GatewayTimeout", "The service did not answer in time; answered by the gateway",
                "upstream-timeout", "registry did not answer in time", Map.of(), false),
    };

    private GatewayResponses() {
    }

    /** Adds the components and the references to every operation of {@code merged}. */
    static void add(ObjectNode merged) {
        ObjectNode components = merged.withObject("/components");
        ObjectNode schemas = components.withObject("/schemas");
        if (!schemas.has(PROBLEM)) {
            schemas.set(PROBLEM, problemSchema());
        }
        ObjectNode responses = components.withObject("/responses");
        for (Answer answer : ANSWERS) {
            responses.set(answer.name(), response(answer));
        }
        merged.path("paths").forEach(pathItem -> pathItem.fields().forEachRemaining(operation -> {
            if (!METHODS.contains(operation.getKey()) || !(operation.getValue() instanceof ObjectNode object)) {
                return;
            }
            ObjectNode documented = object.withObject("/responses");
            for (Answer answer : ANSWERS) {
                if (!documented.has(answer.status()) && (!answer.bodiesOnly() || object.has("requestBody"))) {
                    documented.putObject(answer.status()).put("$ref", "#/components/responses/" + answer.name());
                }
            }
        }));
    }

    private static ObjectNode response(Answer answer) {
        ObjectNode response = JSON.objectNode().put("description", answer.description());
        if (!answer.headers().isEmpty()) {
            ObjectNode headers = response.putObject("headers");
            answer.headers().forEach((name, text) -> headers.putObject(name)
                    .put("description", text)
                    .putObject("schema").put("type", name.equals("Retry-After") ? "integer" : "string"));
        }
        ObjectNode mediaType = response.putObject("content").putObject(Problems.MEDIA_TYPE);
        mediaType.putObject("schema").put("$ref", "#/components/schemas/" + PROBLEM);
        mediaType.putObject("example")
                .put("type", "/problems/" + answer.slug())
                .put("title", Messages.title(answer.slug(), Integer.parseInt(answer.status()), Messages.ENGLISH))
                .put("status", Integer.parseInt(answer.status()))
                .put("detail", answer.detail())
                .put("instance", "/api/v1/ngos")
                .put("requestId", "3f1c2a9e-6f1d-4c55-9a1e-0d8f1f5a7b21");
        return response;
    }

    private static ObjectNode problemSchema() {
        ObjectNode schema = JSON.objectNode().put("type", "object")
                .put("description", "RFC 9457 problem details, as the gateway answers them");
        schema.putArray("required").add("type").add("title").add("status");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("type").put("type", "string").put("description", "/problems/<slug>");
        properties.putObject("title").put("type", "string");
        properties.putObject("status").put("type", "integer");
        properties.putObject("detail").put("type", "string");
        properties.putObject("instance").put("type", "string").put("description", "the request path");
        properties.putObject("requestId").put("type", "string").put("description", "the request's X-Request-Id");
        return schema;
    }

    /** Header descriptions by name; the values given for RateLimit fields are examples. */
    private static Map<String, String> headers(String... pairs) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = pairs[i];
            headers.put(name, name.startsWith("RateLimit") ? "e.g. " + pairs[i + 1] : pairs[i + 1]);
        }
        return headers;
    }
}
