package kz.civic.gateway.resilience;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend a test starts and stops on a fixed port: up, it answers {@code 200 {"ok":true}}; down,
 * nobody listens (connections are refused). It counts the connections and requests it accepted.
 */
final class SwitchableBackend implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final int port;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    SwitchableBackend(int port) {
        this.port = port;
    }

    void start() throws Exception {
        server = vertx.createHttpServer()
                .connectionHandler(connection -> connections.incrementAndGet())
                .requestHandler(request -> {
                    requests.incrementAndGet();
                    request.response().putHeader("Content-Type", "application/json").end("{\"ok\":true}");
                })
                .listen(port, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    void stop() throws Exception {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            server = null;
        }
    }

    int connections() {
        return connections.get();
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() throws Exception {
        stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
