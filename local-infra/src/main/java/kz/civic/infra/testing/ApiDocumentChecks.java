package kz.civic.infra.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks of issue 16's HTTP contract that every service's {@code ApiContractTest} makes on its own document and
 * answers, written once: success answers name their schema, query parameters state their type, and a malformed id,
 * an unknown query parameter or a value of the wrong type is a 400 {@code validation} problem naming it.
 */
public final class ApiDocumentChecks {

    private ApiDocumentChecks() {
    }

    /** The service's OpenAPI document as {@code GET /q/openapi?format=json} serves it. */
    public static JsonNode document(ObjectMapper mapper) {
        try {
            return mapper.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Success answers (but 204) that carry no content or a schema that is not named: a JSON answer must refer to a
     * component schema, a text answer (CSV) state its type. Each as {@code "GET /api/v1/ngos 200 application/json"}.
     */
    public static List<String> untypedSuccessAnswers(JsonNode document) {
        List<String> untyped = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().path("responses").fields().forEachRemaining(answer -> {
                    if (!answer.getKey().startsWith("2") || answer.getKey().equals("204")) {
                        return;
                    }
                    String where = op.getKey().toUpperCase() + " " + path.getKey() + " " + answer.getKey();
                    JsonNode content = answer.getValue().path("content");
                    if (content.isEmpty()) {
                        untyped.add(where + " (no content)");
                    }
                    content.fields().forEachRemaining(media -> {
                        JsonNode schema = media.getValue().path("schema");
                        if (!schema.has("$ref") && !(media.getKey().startsWith("text/") && schema.has("type"))) {
                            untyped.add(where + " " + media.getKey());
                        }
                    });
                })));
        return untyped;
    }

    /**
     * Query parameters documented as a bare string (no reference, enum, format, pattern or length), except the
     * {@code opaque} ones whose true type is free text (a cursor, a search text, a code). Each as
     * {@code "GET /api/v1/ngos ?status"}.
     */
    public static List<String> bareStringQueryParameters(JsonNode document, Set<String> opaque) {
        List<String> plain = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            for (JsonNode parameter : op.getValue().path("parameters")) {
                JsonNode schema = parameter.path("schema");
                boolean bare = "string".equals(schema.path("type").asText()) && !schema.has("$ref") && !schema.has("enum")
                        && !schema.has("format") && !schema.has("pattern") && !schema.has("maxLength");
                if ("query".equals(parameter.path("in").asText()) && bare
                        && !opaque.contains(parameter.path("name").asText())) {
                    plain.add(op.getKey().toUpperCase() + " " + path.getKey() + " ?" + parameter.path("name").asText());
                }
            }
        }));
        return plain;
    }

    /**
     * On a public list {@code collection} (e.g. {@code /api/v1/ngos}): {@code collection/not-a-uuid} is a 400 naming
     * {@code id} (not a 404), an unknown query parameter and a {@code limit} that is not a number are 400s naming
     * them, and a good {@code limit} is a 200.
     */
    public static void malformedIdAndUnknownParameterAre400(String collection) {
        wrongValueIs400(given(), collection + "/not-a-uuid", "id");
        given().get(collection + "?colour=red").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("unknown query parameter"));
        wrongValueIs400(given(), collection + "?limit=abc", "limit");
        given().get(collection + "?limit=2").then().statusCode(200);
    }

    /** {@code GET uri} with {@code request} answers 400 {@code validation} whose first error names {@code field}. */
    public static void wrongValueIs400(RequestSpecification request, String uri, String field) {
        request.get(uri).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo(field));
    }
}
