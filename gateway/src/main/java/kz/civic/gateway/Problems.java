package kz.civic.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Locale;
import kz.civic.messages.Messages;

/** Writes the gateway's own error answers as RFC 9457 {@code application/problem+json}. */
@Singleton
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * The errors the gateway itself answers. Titles come from the same kk/ru/en bundles as the services' problems
     * (module {@code messages}), in the language of {@code Accept-Language} (default ru).
     */
    public enum Kind {
        NOT_FOUND(404, "not-found"),
        // The same types as the services' own 405 and 415 answers (platform's ProblemMappers).
        METHOD_NOT_ALLOWED(405, "http-405"),
        UNSUPPORTED_MEDIA_TYPE(415, "http-415"),
        UNAUTHORIZED(401, "unauthorized"),
        AUTHENTICATION_UNAVAILABLE(503, "authentication-unavailable"),
        PAYLOAD_TOO_LARGE(413, "payload-too-large"),
        QUOTA_EXCEEDED(429, "quota-exceeded"),
        BAD_GATEWAY(502, "bad-gateway"),
        UPSTREAM_UNAVAILABLE(503, "upstream-unavailable"),
        UPSTREAM_TIMEOUT(504, "upstream-timeout");

        final int status;
        final String slug;

        Kind(int status, String slug) {
            this.status = status;
            this.slug = slug;
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

    /** The language of the answer to {@code request}: the first of kk/ru/en its {@code Accept-Language} names, else ru. */
    public static Locale language(HttpServerRequest request) {
        return Messages.pick(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * The problem document for {@code request}, which carries the request id by now (see {@link RequestIds}), titled
     * in the request's {@link #language}; the answer states that language in {@code Content-Language}.
     */
    public Buffer body(HttpServerRequest request, Kind kind, String detail) {
        Problem problem = new Problem("/problems/" + kind.slug, Messages.title(kind.slug, kind.status, language(request)),
                kind.status, detail, request.path(), request.getHeader(RequestIds.HEADER));
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
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language(request).getLanguage())
                .end(body(request, kind, detail));
        if (!request.isEnded()) {
            request.resume();
        }
    }
}
