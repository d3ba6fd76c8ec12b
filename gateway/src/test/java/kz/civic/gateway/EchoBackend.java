package kz.civic.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for one service: answers every request with a JSON echo of what arrived (backend name,
 * method, path, query, headers, body). It remembers the request ids it has seen; a path ending in
 * {@code /_seen?requestId=...} answers whether that id ever arrived. Header {@code X-Fake-Delay-Ms}
 * delays the answer. {@code /q/openapi} serves the given OpenAPI document, or 404 without one.
 * {@code /q/health/ready} answers UP (200) or, for a backend made not ready, DOWN (503) with a down
 * database check, as SmallRye Health does; a path ending in {@code /_readiness-calls} says how often
 * it was asked.
 */
public final class EchoBackend {

    public static final String DELAY_HEADER = "X-Fake-Delay-Ms";
    /** An If-None-Match with this tag is answered 304, as a service answers a client whose copy is current. */
    public static final String NOT_MODIFIED_TAG = "\"echo\"";

    private final Vertx vertx;
    private final String name;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Buffer openapi;
    private final boolean ready;
    private final AtomicInteger readinessCalls = new AtomicInteger();

    EchoBackend(Vertx vertx, String name, Buffer openapi, boolean ready) {
        this.vertx = vertx;
        this.name = name;
        this.openapi = openapi;
        this.ready = ready;
    }

    Future<HttpServer> listen(int port) {
        return vertx.createHttpServer().requestHandler(this::handle).listen(port, "127.0.0.1");
    }

    private void handle(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            if ("/q/openapi".equals(request.path())) {
                serveOpenApi(request);
                return;
            }
            if ("/q/health/ready".equals(request.path())) {
                serveReadiness(request);
                return;
            }
            String requestId = request.getHeader("X-Request-Id");
            if (request.path().endsWith("/_readiness-calls")) {
                respond(request, requestId, new JsonObject().put("calls", readinessCalls.get()));
                return;
            }
            if (request.path().endsWith("/_seen")) {
                respond(request, requestId, new JsonObject().put("seen", seen.contains(request.getParam("requestId"))));
                return;
            }
            if (requestId != null) {
                seen.add(requestId);
            }
            if (NOT_MODIFIED_TAG.equals(request.getHeader("If-None-Match"))) {
                request.response().setStatusCode(304).putHeader("ETag", NOT_MODIFIED_TAG).end();
                return;
            }
            JsonObject echo = echo(request, body);
            String delay = request.getHeader(DELAY_HEADER);
            if (delay == null) {
                respond(request, requestId, echo);
            } else {
                vertx.setTimer(Long.parseLong(delay), timer -> respond(request, requestId, echo));
            }
        });
    }

    private void serveOpenApi(HttpServerRequest request) {
        if (openapi == null) {
            request.response().setStatusCode(404).end();
        } else {
            request.response().putHeader("Content-Type", "application/json").end(openapi);
        }
    }

    private void serveReadiness(HttpServerRequest request) {
        readinessCalls.incrementAndGet();
        JsonObject health = ready
                ? new JsonObject().put("status", "UP").put("checks", new JsonArray())
                : new JsonObject().put("status", "DOWN").put("checks", new JsonArray()
                        .add(new JsonObject().put("name", "Database connections health check").put("status", "DOWN"))
                        .add(new JsonObject().put("name", "Kafka connection health check").put("status", "UP")));
        request.response().setStatusCode(ready ? 200 : 503).putHeader("Content-Type", "application/json")
                .end(health.encode());
    }

    private JsonObject echo(HttpServerRequest request, Buffer body) {
        JsonObject headers = new JsonObject();
        request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        return new JsonObject()
                .put("backend", name)
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("path", request.path())
                .put("query", request.query())
                .put("headers", headers)
                .put("body", body.toString());
    }

    private static void respond(HttpServerRequest request, String requestId, JsonObject json) {
        if (request.response().closed()) {
            return;
        }
        request.response()
                .putHeader("Content-Type", "application/json")
                // What a careless service might leak; the gateway must not pass it on.
                .putHeader("Server", "echo/1.0")
                .putHeader("X-Powered-By", "echo")
                // Services echo the id too; the client must still see exactly one.
                .putHeader("X-Request-Id", requestId == null ? "none" : requestId)
                .end(json.encode());
    }
}
