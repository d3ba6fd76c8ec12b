package kz.civic.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A failure the client can understand, answered as problem+json. {@code slug} names the problem
 * type ({@code /problems/<slug>}) and the localised title ({@code title.<slug>} in
 * {@code Problems*.properties}); a domain module may subclass it for its own failures.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String slug;
    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "requestId");
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ApiException(int status, String slug, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", what + " " + id + " does not exist");
    }

    public static ApiException conflict(String slug, String detail) {
        return new ApiException(409, slug, detail);
    }

    public static ApiException unprocessable(String slug, String detail) {
        return new ApiException(422, slug, detail);
    }

    /**
     * 422 for a business rule broken by one request field: the answer has the shape of a validation answer,
     * {@code errors[{field, message}]} with the field's JSON path (e.g. {@code regionCode},
     * {@code criteria[2].weight}), and the slug in {@code type}. Every field-specific 422 is built here.
     */
    public static ApiException unprocessable(String slug, String field, String detail) {
        return new ApiException(422, slug, detail)
                .with("errors", java.util.List.of(new Problem.FieldError(field, detail)));
    }

    public static ApiException badRequest(String slug, String detail) {
        return new ApiException(400, slug, detail);
    }

    /** 400 for one invalid query or path parameter, shaped like a body validation error. */
    public static ApiException invalidParameter(String name, String message) {
        return new ApiException(400, "validation", "parameter " + name + " is invalid")
                .with("errors", java.util.List.of(new Problem.FieldError(name, message)));
    }

    public static ApiException preconditionRequired() {
        return new ApiException(428, "precondition-required",
                "send If-Match with the ETag of the version you are changing");
    }

    public static ApiException preconditionFailed(String current) {
        return new ApiException(412, "precondition-failed",
                "the resource has changed; its current ETag is " + current)
                .with("currentEtag", current);
    }

    /**
     * Adds a problem-type specific member to the answer. The members every problem has (RFC 9457's and
     * requestId) are refused: an extension named {@code status} replaced the answer's numeric status
     * (found by reliability-tests' OpenApiFuzzIT).
     */
    public ApiException with(String name, Object value) {
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a member of every problem; name the extension otherwise");
        }
        extensions.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
