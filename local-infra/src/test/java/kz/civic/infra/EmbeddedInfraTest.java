package kz.civic.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfraTest {

    @TempDir
    Path dir;

    @Test
    void postgresIsVersion17AndKeepsDataAcrossRestarts() throws Exception {
        int port = FreePorts.pick();
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(port, dir.resolve("pg"))) {
            pg.createDatabase("registry");
            pg.createDatabase("registry"); // idempotent
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("registry"), "postgres", "postgres");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (v int)");
                s.execute("INSERT INTO t VALUES (42)");
                ResultSet rs = s.executeQuery("SHOW server_version_num");
                rs.next();
                assertTrue(rs.getInt(1) >= 170000 && rs.getInt(1) < 180000, "PostgreSQL 17 expected");
            }
        }
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(port, dir.resolve("pg"));
             Connection c = DriverManager.getConnection(pg.jdbcUrl("registry"), "postgres", "postgres");
             Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT v FROM t");
            rs.next();
            assertEquals(42, rs.getInt(1));
        }
    }

    @Test
    void busyPortGivesClearError() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> FreePorts.requireFree(taken.getLocalPort(), "Kafka"));
            assertTrue(e.getMessage().contains("already in use"));
        }
    }

    @Test
    void kafkaDeliversAndSurvivesRestart() throws Exception {
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(FreePorts.pick(), FreePorts.pick(), dir.resolve("kafka"))) {
            send(kafka, "before");
            kafka.stop();
            kafka.start();
            send(kafka, "after");
            Properties c = new Properties();
            c.put("bootstrap.servers", kafka.bootstrapServers());
            c.put("group.id", "t");
            c.put("auto.offset.reset", "earliest");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("infra.test"));
                List<String> seen = new java.util.ArrayList<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (seen.size() < 2 && System.nanoTime() < deadline) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                    records.forEach(r -> seen.add(r.value()));
                }
                assertEquals(List.of("before", "after"), seen);
            }
        }
    }

    private static void send(EmbeddedKafkaBroker kafka, String value) throws Exception {
        Map<String, Object> p = Map.of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("infra.test", "k", value)).get();
        }
    }
}
