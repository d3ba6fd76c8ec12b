package kz.civic.infra.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import kz.civic.infra.EmbeddedKafkaBroker;
import kz.civic.infra.EmbeddedPostgresServer;
import kz.civic.infra.FreePorts;
import kz.civic.infra.LocalKeys;

/**
 * Quarkus test resource used by every service: a real PostgreSQL 17 and a real Kafka broker on
 * random loopback ports, started once per test JVM, plus a fresh JWT key pair. Init arg
 * {@code database} names the service's database (default {@code app}).
 *
 * <p>Tests reach the running broker (to stop and restart it) through {@link TestInfra}.
 */
public class InfraTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://auth.civic.local";

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestInfra infra = TestInfra.get();
        AnswerChecks.register();
        infra.postgres().createDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database));
        config.put("quarkus.datasource.username", EmbeddedPostgresServer.USER);
        config.put("quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD);
        config.put("kafka.bootstrap.servers", infra.kafka().bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", infra.keys().resolve(LocalKeys.PUBLIC_KEY_FILE).toString());
        config.put("mp.jwt.verify.issuer", ISSUER);
        config.put("smallrye.jwt.sign.key.location", infra.keys().resolve(LocalKeys.PRIVATE_KEY_FILE).toString());
        config.put("smallrye.jwt.new-token.issuer", ISSUER);
        config.put("smallrye.jwt.new-token.audience", "civic-api");
        return config;
    }

    @Override
    public void stop() {
        // PostgreSQL and Kafka live for the whole test JVM (a shutdown hook stops them), so
        // Quarkus restarts between test classes do not pay their start-up again.
    }

    /** The per-JVM infrastructure. */
    public static final class TestInfra {
        private static TestInfra instance;

        private final EmbeddedPostgresServer postgres;
        private final EmbeddedKafkaBroker kafka;
        private final Path keys;

        private TestInfra(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka, Path keys) {
            this.postgres = postgres;
            this.kafka = kafka;
            this.keys = keys;
        }

        public static synchronized TestInfra get() {
            if (instance == null) {
                instance = startAll();
            }
            return instance;
        }

        private static TestInfra startAll() {
            try {
                Path root = Files.createTempDirectory("civic-test-infra");
                EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(FreePorts.pick(), root.resolve("pg"));
                EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(FreePorts.pick(), FreePorts.pick(), root.resolve("kafka"));
                Path keys = LocalKeys.ensure(root.resolve("keys"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    kafka.close();
                    pg.close();
                }, "civic-test-infra-stop"));
                return new TestInfra(pg, kafka, keys);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public EmbeddedPostgresServer postgres() {
            return postgres;
        }

        public EmbeddedKafkaBroker kafka() {
            return kafka;
        }

        public Path keys() {
            return keys;
        }
    }
}
