package kz.civic.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * Rejects a request whose declared {@code Content-Length} exceeds {@code quarkus.http.limits.max-body-size}
 * with 413 problem+json before any of the body is read or forwarded. It runs just before Quarkus's own
 * check, which would answer 413 without a body. The connection is closed afterwards, as Quarkus does,
 * rather than reading an oversized body only to drop it.
 */
@Singleton
public class BodyLimit implements Handler<RoutingContext> {

    private final long maxBytes;
    private final Problems problems;

    public BodyLimit(VertxHttpConfig http, Problems problems) {
        this.maxBytes = http.limits().maxBodySize().map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.problems = problems;
    }

    @Override
    public void handle(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredBytes(length) > maxBytes) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            rc.response().endHandler(v -> rc.request().connection().close());
            problems.send(rc, Problems.Kind.PAYLOAD_TOO_LARGE, "the body may not exceed " + maxBytes + " bytes");
            return;
        }
        rc.next();
    }

    private static long declaredBytes(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
