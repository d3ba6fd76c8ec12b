package kz.civic.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kz.civic.infra.EmbeddedPostgresServer;
import kz.civic.infra.FreePorts;
import kz.civic.infra.LocalKeys;

/**
 * The whole system on one machine: embedded PostgreSQL (one database per service), the Kafka broker,
 * the three services and the gateway, each a process of its own (PostgreSQL through zonky, the rest
 * child JVMs, see {@link StackProcess}). Used by {@code ./run} and by the e2e and reliability tests;
 * {@link #close()} stops everything it started, in reverse order. Each part can be killed and brought
 * back for fault drills: {@link #postgres()}, {@link #kafka()}, {@link #service(String)}.
 */
public final class LocalStack implements AutoCloseable {

    public static final List<String> DATABASES = List.of("registry", "forum", "procurement");
    /** The names {@link #service(String)} knows, in start order. */
    public static final List<String> SERVICES = List.of("registry-service", "forum-service", "procurement-service",
            "gateway");

    private final StackOptions options;
    private final PrintStream out;
    private final List<StackProcess> services = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private StackProcess.KafkaProcess kafka;
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

        // the broker's JVM starts while PostgreSQL does
        kafka = StackProcess.kafka(options.kafkaPort(), options.kafkaControllerPort(), logs, data.resolve("kafka"));
        kafka.launch();
        step("PostgreSQL 17", () -> {
            postgres = EmbeddedPostgresServer.start(options.postgresPort(), data.resolve("postgres"));
            DATABASES.forEach(postgres::createDatabase);
        }, () -> "127.0.0.1:" + options.postgresPort() + " (pid " + postgres.pid() + ")");
        step("Kafka 4.1 (KRaft)", () -> kafka.awaitReady(StackProcess.READY_TIMEOUT),
                () -> "127.0.0.1:" + options.kafkaPort() + " (pid " + kafka.pid() + ")");

        String publicKey = keys.resolve(LocalKeys.PUBLIC_KEY_FILE).toString();
        Map<String, String> common = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + options.kafkaPort(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey,
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER,
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER,
                "QUARKUS_DATASOURCE_PASSWORD", EmbeddedPostgresServer.PASSWORD);
        List<StackProcess> backends = List.of(
                backend("registry-service", options.registryPort(), "registry", merge(common,
                        Map.of("CIVIC_REGISTRY_DEMO_DATA_ENABLED", Boolean.toString(options.demoData()))), logs),
                backend("forum-service", options.forumPort(), "forum", merge(common,
                        Map.of("CIVIC_FORUM_DEMO_DATA_ENABLED", Boolean.toString(options.demoData()))), logs),
                backend("procurement-service", options.procurementPort(), "procurement", merge(common,
                        Map.of("CIVIC_PROCUREMENT_DEMO_DATA_ENABLED", Boolean.toString(options.demoData()))), logs));
        services.addAll(backends);
        awaitAll(backends);
        StackProcess gateway = StackProcess.quarkus("gateway", jar("gateway"), options.gatewayPort(), logs,
                merge(common, Map.of(
                        "REGISTRY_URL", "http://127.0.0.1:" + options.registryPort(),
                        "FORUM_URL", "http://127.0.0.1:" + options.forumPort(),
                        "PROCUREMENT_URL", "http://127.0.0.1:" + options.procurementPort())));
        services.add(gateway);
        awaitAll(List.of(gateway));
    }

    private StackProcess backend(String name, int port, String database, Map<String, String> common, Path logs) {
        return StackProcess.quarkus(name, jar(name), port, logs, merge(common, Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database))));
    }

    private void awaitAll(List<StackProcess> starting) {
        starting.forEach(StackProcess::launch);
        for (StackProcess s : starting) {
            step(s.name(), () -> s.awaitReady(StackProcess.READY_TIMEOUT),
                    () -> "http://127.0.0.1:" + s.port() + " (pid " + s.pid() + ")");
        }
    }

    private void step(String what, Runnable action, Supplier<String> where) {
        out.printf("  %-22s starting...%n", what);
        long t0 = System.nanoTime();
        try {
            action.run();
        } catch (RuntimeException e) {
            out.printf("✗ %-22s failed: %s%n", what, e.getMessage());
            throw e;
        }
        out.printf("✓ %-22s ready in %.1f s  %s%n", what, (System.nanoTime() - t0) / 1e9, where.get());
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

    /** The Kafka broker's process: {@code bootstrapServers()} for clients, kill/stop/start for drills. */
    public StackProcess.KafkaProcess kafka() {
        return kafka;
    }

    /** PostgreSQL: {@code jdbcUrl(database)} (user and password in {@link EmbeddedPostgresServer}), kill/restart. */
    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    /** One of {@link #SERVICES}, e.g. {@code "registry-service"} or {@code "gateway"}. */
    public StackProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name + "; one of " + SERVICES));
    }

    @Override
    public synchronized void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
        }
        services.clear();
        if (kafka != null) {
            kafka.stop();
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
