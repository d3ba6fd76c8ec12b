package kz.civic.gateway;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code X-Request-Id}: kept when the client sent a well-formed one, generated otherwise; set on the
 * request (so the proxy forwards it), echoed on the response and recorded on the request's trace span.
 */
@Singleton
public class RequestIds implements Handler<RoutingContext> {

    public static final String HEADER = "X-Request-Id";
    /** OpenTelemetry's name for a request header recorded on a span. */
    static final AttributeKey<List<String>> SPAN_ATTRIBUTE = AttributeKey.stringArrayKey("http.request.header.x-request-id");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public void handle(RoutingContext rc) {
        String candidate = rc.request().getHeader(HEADER);
        String id = candidate != null && SAFE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
        rc.request().headers().set(HEADER, id);
        rc.response().putHeader(HEADER, id);
        // On the request's trace span too (a no-op while tracing is off), so a trace is found by its request id.
        Span.current().setAttribute(SPAN_ATTRIBUTE, List.of(id));
        rc.next();
    }
}
