package kz.civic.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kz.civic.messages.Messages;
import kz.civic.platform.web.RequestIds;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves a service as RFC 9457 problem+json, titled in the client's language. No
 * stack trace, SQL or class name is ever part of an answer; unexpected errors are logged with the
 * request id, which the answer carries so the two can be matched.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01");

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers, UriInfo uri) {
        return respond(e.status(), e.slug(), e.getMessage(), null, e.extensions(), headers, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue);
        if (returnValue) {
            return unexpected(e, headers, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .collect(Collectors.toCollection(ArrayList::new));
        return validation(errors, headers, uri);
    }

    @ServerExceptionMapper
    public Response validationException(ValidationException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof ConstraintViolationException cve) {
            return constraintViolation(cve, headers, uri);
        }
        return unexpected(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return malformed(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return malformed(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, headers, uri);
        }
        Response r = respond(status, "http-" + status, null, null, null, headers, uri);
        // Keep protocol headers such as Allow (405) or WWW-Authenticate (401).
        Response.ResponseBuilder b = Response.fromResponse(r);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(v -> b.header(name, v));
            }
        });
        return b.build();
    }

    /**
     * JAX-RS answers 404 when it cannot convert a query or path parameter (e.g. {@code limit=abc} into an
     * {@code int}, {@code /ngos/not-a-uuid} into a UUID), as if the resource did not exist; that is a malformed
     * request, so it is a 400 {@code validation} naming the parameter. A well-formed id of nothing stays 404.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri, ResourceInfo resource) {
        String parameter = e.getCause() == null ? null : unconvertibleParameter(resource, uri);
        if (parameter != null) {
            return validation(new ArrayList<>(List.of(new Problem.FieldError(parameter, "has the wrong type"))), headers, uri);
        }
        return webApplication(e, headers, uri);
    }

    /** The first path or query parameter of the matched method whose value its declared type cannot take, or null. */
    static String unconvertibleParameter(ResourceInfo resource, UriInfo uri) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || uri == null) {
            return null;
        }
        for (Parameter p : method.getParameters()) {
            PathParam path = p.getAnnotation(PathParam.class);
            if (path != null && !converts(p.getType(), uri.getPathParameters().getFirst(path.value()))) {
                return path.value();
            }
        }
        for (Parameter p : method.getParameters()) {
            QueryParam query = p.getAnnotation(QueryParam.class);
            String value = query == null ? null : uri.getQueryParameters().getFirst(query.value());
            if (value != null && !converts(p.getType(), value)) {
                return query.value();
            }
        }
        return null;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static boolean converts(Class<?> type, String value) {
        if (value == null) {
            return true;
        }
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type.isEnum()) {
                Enum.valueOf((Class<Enum>) type, value);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return authenticationRequired(headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return authenticationRequired(headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(403, "forbidden", "this role may not perform this operation", null, null, headers, uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return concurrentUpdate(headers, uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpHeaders headers, UriInfo uri) {
        return concurrentUpdate(headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof ApiException api) {
            return api(api, headers, uri);
        }
        if (isConcurrencyConflict(e)) {
            LOG.infof("concurrent write conflict on %s: %s", uri == null ? "?" : uri.getPath(), e);
            return respond(409, "concurrent-conflict", "another request changed the same data at the same time; "
                    + "read the current state and retry", null, null, headers, uri);
        }
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), e);
            return Response.fromResponse(respond(503, "database-unavailable", "the database cannot be reached at the "
                    + "moment; nothing was changed, retry shortly", null, null, headers, uri))
                    .header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        if (isClientGone(e)) {
            // the client closed the connection while its body was being read: nobody gets this answer
            LOG.debugf("client went away during %s: %s", uri == null ? "?" : uri.getPath(), e);
            return respond(400, "request-incomplete", "the connection closed before the request body was complete",
                    null, null, headers, uri);
        }
        LOG.errorf(e, "unexpected error on %s", uri == null ? "?" : uri.getPath());
        return respond(500, "internal", "the error was logged; quote the request id when you report it", null, null,
                headers, uri);
    }

    /**
     * True if the database refused the write because of a request running at the same time: a
     * unique key taken meanwhile (SQLState 23505), a serialization failure (40001) or a deadlock
     * (40P01). The services check uniqueness before writing, so only a race gets here.
     */
    static boolean isConcurrencyConflict(Throwable e) {
        return anySqlState(e, CONFLICT_STATES::contains);
    }

    /**
     * True if the database could not be reached (a connection failure, SQLState class 08; the server starting
     * up or shutting down, 57P; out of connections, 53): the request did not change anything and a retry
     * will succeed once the database is back, so it is 503 with Retry-After, not 500 (found by the fault drill).
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException) {
                return true;
            }
        }
        return anySqlState(e, state -> state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"));
    }

    /**
     * True if reading the request failed because the client closed the connection (load generators do
     * at the end of a run, clients on timeouts): not a server error, and not worth an ERROR line each.
     */
    static boolean isClientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private static boolean anySqlState(Throwable e, Predicate<String> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && test.test(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Response authenticationRequired(HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(respond(401, "unauthorized", "a valid bearer token is required", null, null,
                headers, uri)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response concurrentUpdate(HttpHeaders headers, UriInfo uri) {
        return respond(412, "precondition-failed", "the resource was changed by another request; read it again",
                null, null, headers, uri);
    }

    private Response malformed(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        String field = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        if (field == null) {
            return respond(400, "malformed-request", "the body is not valid JSON for this operation", null, null, headers, uri);
        }
        String message = fieldMessage(e);
        return respond(400, "malformed-request", "field '" + field + "': " + message,
                List.of(new Problem.FieldError(field, message)), null, headers, uri);
    }

    /**
     * What is wrong with one field of a body Jackson could not read, in the words a client can act on: an unknown
     * field, a value outside an enum (with the allowed values, as the document lists them), or the expected type.
     */
    static String fieldMessage(JsonProcessingException e) {
        if (e instanceof PropertyBindingException) {
            return "unknown field (the request schema lists the fields this operation reads)";
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == String.class && e instanceof InvalidFormatException refused) {
            return refused.getOriginalMessage(); // a string the platform refuses (web.NulCharacters) says why
        }
        if (target != null && target.isEnum()) {
            Object value = e instanceof InvalidFormatException invalid ? invalid.getValue() : null;
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return (value == null ? "must be" : "'" + value + "' is not") + " one of " + allowed;
        }
        return target == null ? "wrong type" : "must be " + expected(target);
    }

    private static String expected(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an instant (RFC 3339, e.g. 2026-12-06T04:30:00Z)";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private Response validation(List<Problem.FieldError> errors, HttpHeaders headers, UriInfo uri) {
        return respond(400, "validation", errors.size() + " field(s) invalid", errors, null, headers, uri);
    }

    /** Builds a problem+json answer. */
    public static Response respond(int status, String slug, String detail, List<Problem.FieldError> errors,
            Map<String, Object> extensions, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers == null ? null : headers.getAcceptableLanguages());
        Problem problem = new Problem("/problems/" + slug, Messages.title(slug, status, locale), status, detail,
                uri == null ? null : uri.getPath(), RequestIds.current(), errors, extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(problem).build();
    }

    private static boolean isReturnValue(ConstraintViolation<?> v) {
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** {@code register.request.names.ru} becomes {@code names.ru}; query parameters keep their name. */
    static String fieldName(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> {
                    // skip
                }
                case PARAMETER -> parts.clear();
                default -> {
                    // Hibernate Validator puts the index of a list element on the node that follows
                    // it: founders[0].iin is "founders", then "iin" (in iterable, index 0).
                    if (node.isInIterable() && !parts.isEmpty()) {
                        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                        if (position != null) {
                            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + position + "]");
                        }
                    }
                    String name = node.getName();
                    if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                        parts.add(name);
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    return node.getName();
                }
            }
            return "body";
        }
        return String.join(".", parts);
    }
}
