package kz.civic.bench.runtime;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.civic.infra.EmbeddedKafkaBroker;
import kz.civic.infra.EmbeddedPostgresServer;
import kz.civic.infra.FreePorts;
import kz.civic.infra.LocalKeys;
import kz.civic.stack.LocalStack;
import kz.civic.stack.Tokens;

/**
 * PostgreSQL 17 and Kafka from local-infra on fresh random loopback ports, and the environment each service gets
 * (the same variables {@link LocalStack} sets, demo data off). PostgreSQL runs with
 * {@code track_commit_timestamp = on} so the event-latency run reads when each transaction committed.
 */
final class Infra implements AutoCloseable {

    static final List<String> BACKENDS = List.of("registry-service", "forum-service", "procurement-service");
    static final List<String> SERVICES = List.of("registry-service", "forum-service", "procurement-service", "gateway");

    final Path dataDir;
    private final int pgPort = FreePorts.pick();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private final Path keys;
    final Map<String, Integer> ports = new HashMap<>();

    Infra(Path dataDir) {
        this.dataDir = dataDir;
        keys = LocalKeys.ensure(dataDir.resolve("keys"));
        postgres = EmbeddedPostgresServer.start(pgPort, dataDir.resolve("postgres"));
        enableCommitTimestamps();
        LocalStack.DATABASES.forEach(postgres::createDatabase);
        int kafkaPort = FreePorts.pick();
        kafka = EmbeddedKafkaBroker.start(kafkaPort, FreePorts.pick(), dataDir.resolve("kafka"));
        for (String s : SERVICES) {
            ports.put(s, FreePorts.pick());
        }
    }

    /** A server setting that needs a restart: set it once, then restart on the same data directory. */
    private void enableCommitTimestamps() {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("ALTER SYSTEM SET track_commit_timestamp = on");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot enable track_commit_timestamp", e);
        }
        postgres.close();
        postgres = EmbeddedPostgresServer.start(pgPort, dataDir.resolve("postgres"));
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
    }

    static String database(String service) {
        return service.substring(0, service.indexOf('-'));
    }

    String token(String role) {
        return new Tokens(keys.resolve(LocalKeys.PRIVATE_KEY_FILE)).mint("bench-" + role, role, Map.of(),
                java.time.Duration.ofHours(2));
    }

    /** The environment of one service: the variables of LocalStack, demo data off, gateway rate limits off. */
    Map<String, String> env(String service) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve(LocalKeys.PUBLIC_KEY_FILE).toString());
        env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        if (service.equals("gateway")) {
            env.put("REGISTRY_URL", "http://127.0.0.1:" + ports.get("registry-service"));
            env.put("FORUM_URL", "http://127.0.0.1:" + ports.get("forum-service"));
            env.put("PROCUREMENT_URL", "http://127.0.0.1:" + ports.get("procurement-service"));
            // The load runs from one address, far above the anonymous quota; quotas are not what is measured.
            env.put("GATEWAY_RATE_LIMIT_ENABLED", "false");
        } else {
            String db = database(service);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(db));
            env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedPostgresServer.PASSWORD);
            env.put("CIVIC_" + db.toUpperCase(java.util.Locale.ROOT) + "_DEMO_DATA_ENABLED", "false");
        }
        return env;
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
