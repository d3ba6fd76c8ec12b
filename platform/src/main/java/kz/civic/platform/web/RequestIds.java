package kz.civic.platform.web;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * {@code X-Request-Id}: taken from the request when it is well-formed (the gateway sets it),
 * generated otherwise, echoed on the response, put in the logging MDC and copied into the
 * metadata of events written while handling the request.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    RequestIds() {
    }

    /** The current request id, or null outside a request. */
    public static String current() {
        Object value = MDC.get(MDC_KEY);
        return value == null ? null : value.toString();
    }

    /** Returns the given id if it is safe to log and forward, a new one otherwise. */
    public static String sanitise(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    @RouteFilter(RouteFilter.DEFAULT_PRIORITY + 100)
    void assign(RoutingContext rc) {
        String id = sanitise(rc.request().getHeader(HEADER));
        rc.request().headers().set(HEADER, id);
        rc.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        rc.next();
    }
}
