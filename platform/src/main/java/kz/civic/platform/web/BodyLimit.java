package kz.civic.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.civic.messages.Messages;
import kz.civic.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rejects a body above {@code quarkus.http.limits.max-body-size} with 413 problem+json: a declared
 * {@code Content-Length} before the body is read; a chunked body (no length) as soon as what arrived passes the
 * limit. Quarkus itself answers both with an empty 413. A chunked body within the limit is read here and handed on
 * as the request's body, which Quarkus REST then reads instead of the (ended) request stream.
 */
public class BodyLimit {

    private final long maxBytes;
    private final ObjectMapper mapper;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max, ObjectMapper mapper) {
        this.maxBytes = max.asLongValue();
        this.mapper = mapper;
    }

    @RouteFilter(RouteFilter.DEFAULT_PRIORITY + 90)
    void check(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        String encoding = rc.request().getHeader("Transfer-Encoding");
        if (length == null && encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
            readChunked(rc);
            return;
        }
        if (length != null && tooLarge(length)) {
            tooLarge(rc);
            return;
        }
        rc.next();
    }

    /** Collects a chunked body up to the limit: then on to the resource with it, or 413 once it is passed. */
    private void readChunked(RoutingContext rc) {
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        rc.request().handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > maxBytes) {
                refused[0] = true;
                tooLarge(rc);
                return;
            }
            body.appendBuffer(chunk);
        });
        rc.request().endHandler(end -> {
            if (!refused[0]) {
                rc.setBody(body);
                rc.next();
            }
        });
        rc.request().resume();
    }

    private void tooLarge(RoutingContext rc) {
        Locale locale = Messages.pick(rc.request().getHeader("Accept-Language"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/payload-too-large");
        body.put("title", Messages.title("payload-too-large", 413, locale));
        body.put("status", 413);
        body.put("detail", "the body may not exceed " + maxBytes + " bytes");
        body.put("instance", rc.request().path());
        body.put("requestId", RequestIds.current());
        try {
            rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Content-Language", locale.getLanguage())
                    .putHeader("Connection", "close")
                    .end(Buffer.buffer(mapper.writeValueAsBytes(body)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            rc.fail(e);
        }
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
