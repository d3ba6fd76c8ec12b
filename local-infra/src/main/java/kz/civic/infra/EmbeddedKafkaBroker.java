package kz.civic.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node Kafka 4.1 in KRaft mode (combined broker and controller) on loopback. The log
 * directory is formatted with StorageTool and a fixed cluster id, so an existing directory is
 * reused. {@link #stop()} and {@link #start()} may be called repeatedly: the broker comes back on
 * the same ports with the same data (used by tests that take the broker away).
 *
 * <p>{@link #main} runs the broker as a process of its own (the local stack starts it so, so that it
 * can be killed and paused like the real thing).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** Fixed so that a formatted log directory can be reused across restarts. */
    public static final String CLUSTER_ID = "civicLocalKafkaClstr0";
    /** Printed by {@link #main} once the broker accepts clients. */
    public static final String READY = "kafka broker ready on";

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private KafkaRaftServer server;

    public EmbeddedKafkaBroker(int port, int controllerPort, Path logDir) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDir = logDir;
    }

    /** Creates and starts a broker. */
    public static EmbeddedKafkaBroker start(int port, int controllerPort, Path logDir) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(port, controllerPort, logDir);
        broker.start();
        return broker;
    }

    /**
     * {@code java kz.civic.infra.EmbeddedKafkaBroker PORT CONTROLLER_PORT LOG_DIR}: starts the broker,
     * prints {@value #READY} and runs until SIGTERM/SIGINT (graceful stop) or until its standard input
     * closes, which happens when the process that launched it dies: the broker is never left orphaned.
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedKafkaBroker PORT CONTROLLER_PORT LOG_DIR");
            System.exit(2);
        }
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                Path.of(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-stop"));
        Thread parentWatch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the launcher never writes; we only wait for end of input
                }
            } catch (IOException e) {
                // treated as end of input
            }
            System.out.println("launcher gone: stopping");
            System.exit(0);
        }, "launcher-watch");
        parentWatch.setDaemon(true);
        parentWatch.start();
        broker.start();
        System.out.println(READY + " " + broker.bootstrapServers());
        Thread.currentThread().join();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        Map<String, String> config = config();
        format(config);
        Properties props = new Properties();
        props.putAll(config);
        KafkaRaftServer s = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        s.startup();
        server = s;
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Map<String, String> config() {
        Map<String, String> c = new TreeMap<>();
        c.put("process.roles", "broker,controller");
        c.put("node.id", "1");
        c.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        c.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        c.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        c.put("controller.listener.names", "CONTROLLER");
        c.put("inter.broker.listener.name", "PLAINTEXT");
        c.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        c.put("log.dirs", logDir.toAbsolutePath().toString());
        c.put("num.partitions", "3");
        c.put("default.replication.factor", "1");
        c.put("min.insync.replicas", "1");
        c.put("offsets.topic.replication.factor", "1");
        c.put("offsets.topic.num.partitions", "5");
        c.put("transaction.state.log.replication.factor", "1");
        c.put("transaction.state.log.min.isr", "1");
        c.put("transaction.state.log.num.partitions", "5");
        c.put("share.coordinator.state.topic.replication.factor", "1");
        c.put("share.coordinator.state.topic.min.isr", "1");
        c.put("group.initial.rebalance.delay.ms", "0");
        c.put("auto.create.topics.enable", "true");
        c.put("log.flush.interval.messages", "1");
        return c;
    }

    private void format(Map<String, String> config) {
        try {
            Files.createDirectories(logDir);
            Path propsFile = logDir.resolveSibling(logDir.getFileName() + ".properties");
            StringBuilder text = new StringBuilder();
            config.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
            Files.writeString(propsFile, text.toString(), StandardCharsets.UTF_8);
            OutputStream buffer = new ByteArrayOutputStream();
            int rc = StorageTool.execute(new String[] {
                "format", "-t", CLUSTER_ID, "-c", propsFile.toString(), "--ignore-formatted"
            }, new PrintStream(buffer, true, StandardCharsets.UTF_8));
            if (rc != 0) {
                throw new IllegalStateException("kafka-storage format failed (" + rc + "): " + buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Kafka log dir " + logDir, e);
        }
    }
}
