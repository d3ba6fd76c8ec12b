package kz.civic.reliability.guarantees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.civic.e2e.StackIT;
import kz.civic.infra.FreePorts;
import kz.civic.infra.LocalKeys;
import kz.civic.stack.Tokens;

/**
 * A second gateway process in front of the running stack's services, with settings of the test's choosing (small
 * rate-limit quotas, a short idle timeout): the stack's own gateway runs with this module's raised quotas
 * (pom.xml), which every other class needs. Same packaged jar, same environment variables as {@code ./run} gives
 * it, plus {@code settings}.
 */
final class SmallGateway implements AutoCloseable {

    final int port;
    private final Process process;
    final Path log;

    private SmallGateway(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static SmallGateway start(Map<String, String> settings) {
        int port = FreePorts.pick();
        Path root = StackIT.options.repoRoot();
        Path log = StackIT.dataDir.resolve("logs").resolve("small-gateway-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx128m", "-jar", root.resolve("gateway/target/quarkus-app/quarkus-run.jar").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("REGISTRY_URL", "http://127.0.0.1:" + StackIT.options.registryPort());
        env.put("FORUM_URL", "http://127.0.0.1:" + StackIT.options.forumPort());
        env.put("PROCUREMENT_URL", "http://127.0.0.1:" + StackIT.options.procurementPort());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", StackIT.dataDir.resolve("keys").resolve(LocalKeys.PUBLIC_KEY_FILE)
                .toString());
        env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        env.putAll(settings);
        SmallGateway gateway;
        try {
            gateway = new SmallGateway(port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a second gateway", e);
        }
        gateway.awaitReady();
        return gateway;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                close();
                throw new IllegalStateException("the second gateway exited; see " + log);
            }
            try {
                if (StackIT.HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(250); // polling a starting process
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("the second gateway was not ready within 120 s; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
