package kz.civic.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.civic.infra.FreePorts;
import kz.civic.infra.LocalKeys;

/**
 * Starts one {@link EchoBackend} per service on random ports and points the gateway at them. Four
 * extra backends exercise failures: {@code offline} (a port nobody listens on), {@code slow} (the
 * registry echo with a 500 ms timeout), {@code flaky}, a port where {@code resilience.BackendCircuitTest}
 * starts and stops its own server (breaker: 3 failures, open for 3 s), and {@code mute}, whose
 * readiness never answers (the gateway waits 500 ms for a backend's readiness here). Registry and forum serve the
 * small OpenAPI documents of {@code src/test/resources/openapi/}; procurement serves none and is not
 * ready (its database is down). A fresh JWT key pair lives in a temporary directory.
 */
public class FakeBackends implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://auth.civic.local";
    public static final String AUDIENCE = "civic-api";

    private Vertx vertx;
    private Path keys;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        int registryPort = echo("registry", openapi("registry"), true, config);
        echo("forum", openapi("forum"), true, config);
        echo("procurement", null, false, config);
        config.put("gateway.backends.offline.url", "http://127.0.0.1:" + FreePorts.pick());
        config.put("gateway.backends.offline.prefixes", "/api/v1/offline");
        config.put("gateway.backends.slow.url", "http://127.0.0.1:" + registryPort);
        config.put("gateway.backends.slow.prefixes", "/api/v1/slow");
        config.put("gateway.backends.slow.timeout", "500ms");
        // Nobody listens here until BackendCircuitTest starts its own server on the port.
        config.put("gateway.backends.flaky.url", "http://127.0.0.1:" + FreePorts.pick());
        config.put("gateway.backends.flaky.prefixes", "/api/v1/flaky");
        config.put("gateway.backends.flaky.breaker.failure-threshold", "3");
        config.put("gateway.backends.flaky.breaker.open-for", "3s");
        // Accepts connections, but its readiness never answers (everything else is 404).
        int mutePort = FreePorts.pick();
        await(vertx.createHttpServer().requestHandler(request -> {
            if (!"/q/health/ready".equals(request.path())) {
                request.response().setStatusCode(404).end();
            }
        }).listen(mutePort, "127.0.0.1"));
        config.put("gateway.backends.mute.url", "http://127.0.0.1:" + mutePort);
        config.put("gateway.backends.mute.prefixes", "/api/v1/mute");
        config.put("gateway.health.timeout", "500ms");

        try {
            keys = LocalKeys.ensure(Files.createTempDirectory("gateway-keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.put("mp.jwt.verify.publickey.location", keys.resolve(LocalKeys.PUBLIC_KEY_FILE).toString());
        config.put("smallrye.jwt.sign.key.location", keys.resolve(LocalKeys.PRIVATE_KEY_FILE).toString());
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close());
        }
        if (keys != null) {
            try (Stream<Path> files = Files.walk(keys)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private int echo(String name, Buffer openapi, boolean ready, Map<String, String> config) {
        int port = FreePorts.pick();
        await(new EchoBackend(vertx, name, openapi, ready).listen(port));
        config.put("gateway.backends." + name + ".url", "http://127.0.0.1:" + port);
        return port;
    }

    private static Buffer openapi(String service) {
        try (InputStream in = FakeBackends.class.getResourceAsStream("/openapi/" + service + ".json")) {
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("fake backend did not start or stop", e);
        }
    }
}
