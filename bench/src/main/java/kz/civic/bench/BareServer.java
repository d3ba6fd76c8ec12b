package kz.civic.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ceiling C_http: a bare Vert.x HTTP server (the HTTP layer under Quarkus) answering every request with the same
 * small JSON body the compared service endpoint returns, with no framework, routing, security or database.
 *
 * <pre>java kz.civic.bench.BareServer PORT BODY_FILE</pre>
 */
public final class BareServer {

    private BareServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Buffer body = Buffer.buffer(Files.readAllBytes(Path.of(args[1])));
        String length = Integer.toString(body.length());
        // one event loop per core, as Quarkus sizes its own
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Runtime.getRuntime().availableProcessors()));
        vertx.createHttpServer().requestHandler(request -> request.response()
                .putHeader("Content-Type", "application/json;charset=UTF-8")
                .putHeader("Content-Length", length)
                .end(body)).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
        System.out.println("READY " + port);
    }
}
