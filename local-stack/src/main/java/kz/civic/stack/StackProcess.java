package kz.civic.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import kz.civic.infra.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * One part of the stack running as a child JVM (a Quarkus application from its fast-jar, or the Kafka broker),
 * logging to {@code logs/<name>.log}. Besides starting and stopping with the stack it can be taken away and
 * brought back on the same port: {@link #kill()} (SIGKILL), {@link #stop()} (SIGTERM), {@link #start()},
 * {@link #restart()}; {@link #pid()} is there for signals Java cannot send (SIGSTOP/SIGCONT).
 */
public class StackProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    /** Long enough for a first start that loads the demo data on a busy 2-core machine. */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

    private final String name;
    private final int port;
    private final Path log;
    private final List<String> command;
    private final Map<String, String> env;
    private final BooleanSupplier ready;
    private Process process;
    private boolean launched;

    StackProcess(String name, int port, Path log, List<String> command, Map<String, String> env, BooleanSupplier ready) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.command = command;
        this.env = env;
        this.ready = ready;
    }

    /** A Quarkus application, ready when {@code /q/health/ready} answers 200. */
    static StackProcess quarkus(String name, Path jar, int port, Path logDir, Map<String, String> env) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not built: " + jar + " is missing; ./run builds it");
        }
        Map<String, String> all = new HashMap<>(env);
        all.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        all.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        URI health = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        return new StackProcess(name, port, logDir.resolve(name + ".log"),
                List.of(java(), "-Xmx256m", "-jar", jar.toString()), all, () -> answers200(health));
    }

    /**
     * The Kafka broker ({@link EmbeddedKafkaBroker#main}) with this JVM's class path, ready when it describes
     * its cluster to an admin client.
     */
    static KafkaProcess kafka(int port, int controllerPort, Path logDir, Path kafkaDir) {
        List<String> command = List.of(java(), "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), EmbeddedKafkaBroker.class.getName(),
                Integer.toString(port), Integer.toString(controllerPort), kafkaDir.toAbsolutePath().toString());
        return new KafkaProcess(port, logDir.resolve("kafka.log"), command);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** The running process's id. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return process.pid();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the process unless it runs, and waits until it is ready; a restart appends to the log. */
    public synchronized void start() {
        launch();
        awaitReady(READY_TIMEOUT);
    }

    /** Starts the process without waiting for it to be ready (the stack starts its parts in parallel). */
    synchronized void launch() {
        if (isRunning()) {
            return;
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(launched ? ProcessBuilder.Redirect.appendTo(log.toFile())
                        : ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(env);
        try {
            process = builder.start();
            launched = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** {@link #stop()} then {@link #start()}. */
    public synchronized void restart() {
        stop();
        start();
    }

    /** SIGKILL, as a crash would; returns once the process is gone. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, then SIGKILL after 10 s. */
    public synchronized void stop() {
        if (!isRunning()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the readiness check passes; throws with the log's tail otherwise. */
    synchronized void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log
                        + tail());
            }
            if (ready.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n    " + String.join("\n    ", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean answers200(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The Kafka broker's process; {@link #bootstrapServers()} for clients. */
    public static final class KafkaProcess extends StackProcess {

        private KafkaProcess(int port, Path log, List<String> command) {
            super("kafka", port, log, command, Map.of(), () -> listens(port) && describesCluster("127.0.0.1:" + port));
        }

        public String bootstrapServers() {
            return "127.0.0.1:" + port();
        }

        /** Checked first so that the admin client does not log warnings while the broker's JVM starts. */
        private static boolean listens(int port) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private static boolean describesCluster(String bootstrap) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
                return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
            } catch (Exception e) {
                return false;
            }
        }
    }
}
