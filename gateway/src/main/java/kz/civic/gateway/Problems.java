package kz.civic.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/** Writes the gateway's own error answers as RFC 9457 {@code application/problem+json}. */
@Singleton
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The errors the gateway itself answers. */
    public enum Kind {
        NOT_FOUND(404, "not-found", "Not found"),
        // The same types as the services' own 405 and 415 answers (platform's ProblemMappers).
        METHOD_NOT_ALLOWED(405, "http-405", "Method not allowed"),
        UNSUPPORTED_MEDIA_TYPE(415, "http-415", "Unsupported media type"),
        UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
        AUTHENTICATION_UNAVAILABLE(503, "authentication-unavailable", "Service unavailable"),
        PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
        QUOTA_EXCEEDED(429, "quota-exceeded", "Too many requests"),
        BAD_GATEWAY(502, "bad-gateway", "Bad gateway"),
        UPSTREAM_UNAVAILABLE(503, "upstream-unavailable", "Service unavailable"),
        UPSTREAM_TIMEOUT(504, "upstream-timeout", "Gateway timeout");

        final int status;
        final String slug;
        final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        public int status() {
            return status;
        }
    }

    /** The body; record component order is the JSON property order. */
    record Problem(String type, String title, int status, String detail, String instance, String requestId) {
    }

    private final ObjectMapper mapper;

    public Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The problem document for {@code request}, which carries the request id by now (see {@link RequestIds}). */
    public Buffer body(HttpServerRequest request, Kind kind, String detail) {
        Problem problem = new Problem("/problems/" + kind.slug, kind.title, kind.status, detail, request.path(),
                request.getHeader(RequestIds.HEADER));
        try {
            return Buffer.buffer(mapper.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a problem document", e);
        }
    }

    /**
     * Ends the exchange with a problem answer. The unread request body is drained (and dropped) so
     * the connection can serve the next request.
     */
    public void send(RoutingContext rc, Kind kind, String detail) {
        HttpServerRequest request = rc.request();
        rc.response()
                .setStatusCode(kind.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(body(request, kind, detail));
        if (!request.isEnded()) {
            request.resume();
        }
    }
}
