package kz.civic.gateway;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code X-Request-Id}: kept when the client sent a well-formed one, generated otherwise; set on the
 * request (so the proxy forwards it) and echoed on the response.
 */
@Singleton
public class RequestIds implements Handler<RoutingContext> {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public void handle(RoutingContext rc) {
        String candidate = rc.request().getHeader(HEADER);
        String id = candidate != null && SAFE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
        rc.request().headers().set(HEADER, id);
        rc.response().putHeader(HEADER, id);
        rc.next();
    }
}
