package kz.civic.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.civic.infra.EmbeddedKafkaBroker;
import kz.civic.infra.EmbeddedPostgresServer;
import kz.civic.infra.FreePorts;
import kz.civic.infra.LocalKeys;

/**
 * The whole system on one machine: embedded PostgreSQL (one database per service) and Kafka, the
 * three services and the gateway as child processes. Used by {@code ./run} and by the e2e tests;
 * {@link #close()} stops everything it started, in reverse order.
 */
public final class LocalStack implements AutoCloseable {

    public static final List<String> DATABASES = List.of("registry", "forum", "procurement");
    /** Long enough for a first start that loads the demo data on a busy 2-core machine. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

    private final StackOptions options;
    private final PrintStream out;
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private Path keys;

    private LocalStack(StackOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Starts everything or, if any part fails, stops what was started and throws. */
    public static LocalStack start(StackOptions options, PrintStream out) {
        LocalStack stack = new LocalStack(options, out);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        checkPortsFree();
        Path data = options.dataDir();
        if (options.fresh()) {
            deleteRecursively(data);
        }
        Path logs = data.resolve("logs");
        createDirectories(logs);
        keys = LocalKeys.ensure(data.resolve("keys"));

        step("PostgreSQL 17", () -> {
            postgres = EmbeddedPostgresServer.start(options.postgresPort(), data.resolve("postgres"));
            DATABASES.forEach(postgres::createDatabase);
        }, "127.0.0.1:" + options.postgresPort());
        step("Kafka 4.1 (KRaft)", () -> kafka = EmbeddedKafkaBroker.start(options.kafkaPort(),
                options.kafkaControllerPort(), data.resolve("kafka")), "127.0.0.1:" + options.kafkaPort());

        String publicKey = keys.resolve(LocalKeys.PUBLIC_KEY_FILE).toString();
        Map<String, String> common = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + options.kafkaPort(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey,
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER,
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER,
                "QUARKUS_DATASOURCE_PASSWORD", EmbeddedPostgresServer.PASSWORD);
        List<ServiceProcess> backends = List.of(
                service("registry-service", options.registryPort(), "registry", merge(common,
                        Map.of("CIVIC_REGISTRY_DEMO_DATA_ENABLED", Boolean.toString(options.demoData()))), logs),
                service("forum-service", options.forumPort(), "forum", merge(common,
                        Map.of("CIVIC_FORUM_DEMO_DATA_ENABLED", Boolean.toString(options.demoData()))), logs),
                service("procurement-service", options.procurementPort(), "procurement", merge(common,
                        Map.of("CIVIC_PROCUREMENT_DEMO_DATA_ENABLED", Boolean.toString(options.demoData()))), logs));
        services.addAll(backends);
        awaitAll(backends);
        ServiceProcess gateway = ServiceProcess.start("gateway", jar("gateway"), options.gatewayPort(), logs,
                merge(common, Map.of(
                        "REGISTRY_URL", "http://127.0.0.1:" + options.registryPort(),
                        "FORUM_URL", "http://127.0.0.1:" + options.forumPort(),
                        "PROCUREMENT_URL", "http://127.0.0.1:" + options.procurementPort())));
        services.add(gateway);
        awaitAll(List.of(gateway));
    }

    private ServiceProcess service(String name, int port, String database, Map<String, String> common, Path logs) {
        return ServiceProcess.start(name, jar(name), port, logs, merge(common, Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database))));
    }

    private void awaitAll(List<ServiceProcess> starting) {
        for (ServiceProcess s : starting) {
            step(s.name, () -> s.awaitReady(READY_TIMEOUT), "http://127.0.0.1:" + s.port + " (pid " + s.pid() + ")");
        }
    }

    private void step(String what, Runnable action, String where) {
        out.printf("  %-22s starting...%n", what);
        long t0 = System.nanoTime();
        try {
            action.run();
        } catch (RuntimeException e) {
            out.printf("✗ %-22s failed: %s%n", what, e.getMessage());
            throw e;
        }
        out.printf("✓ %-22s ready in %.1f s  %s%n", what, (System.nanoTime() - t0) / 1e9, where);
    }

    private void checkPortsFree() {
        FreePorts.requireFree(options.gatewayPort(), "the gateway (GATEWAY_PORT)");
        FreePorts.requireFree(options.registryPort(), "registry-service (REGISTRY_PORT)");
        FreePorts.requireFree(options.forumPort(), "forum-service (FORUM_PORT)");
        FreePorts.requireFree(options.procurementPort(), "procurement-service (PROCUREMENT_PORT)");
        FreePorts.requireFree(options.postgresPort(), "PostgreSQL (PG_PORT)");
        FreePorts.requireFree(options.kafkaPort(), "Kafka (KAFKA_PORT)");
        FreePorts.requireFree(options.kafkaControllerPort(), "the Kafka controller (KAFKA_CONTROLLER_PORT)");
    }

    private Path jar(String module) {
        return options.repoRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + options.gatewayPort();
    }

    public Path signingKey() {
        return keys.resolve(LocalKeys.PRIVATE_KEY_FILE);
    }

    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    @Override
    public synchronized void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
        }
        services.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> m = new java.util.HashMap<>(a);
        m.putAll(b);
        return m;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe " + dir, e);
        }
    }
}
