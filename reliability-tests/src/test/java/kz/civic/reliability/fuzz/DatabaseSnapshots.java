package kz.civic.reliability.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kz.civic.infra.EmbeddedPostgresServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The content of the three service databases as one comparable value: per table its row count and an
 * order-independent checksum of its rows (sum of a 64-bit hash of each row's JSON). Equal before and after a
 * rejected request means the request wrote nothing that stayed.
 *
 * <p>Background writers: the outbox relay sets {@code outbox_event.published_at} after a commit, so that column is
 * left out; consumers write inboxes and replicas only after an accepted write's event, so after an accepted write
 * {@link #awaitQuiet()} waits until every outbox row is published, every consumer group has read to the end of its
 * topics and two snapshots agree before the next baseline is taken.
 */
final class DatabaseSnapshots implements AutoCloseable {

    /** Columns changed by background work, not by requests. */
    private static final Map<String, String> EXCLUDED = Map.of("outbox_event", "published_at");

    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Map<String, String> queries = new LinkedHashMap<>();
    private final Admin kafka;

    DatabaseSnapshots(EmbeddedPostgresServer postgres, Collection<String> databases, String kafkaBootstrap) throws SQLException {
        for (String db : databases) {
            Connection c = DriverManager.getConnection(postgres.jdbcUrl(db), EmbeddedPostgresServer.USER,
                    EmbeddedPostgresServer.PASSWORD);
            c.setAutoCommit(true);
            connections.put(db, c);
            List<String> parts = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String row = EXCLUDED.containsKey(table) ? "(to_jsonb(t) - '" + EXCLUDED.get(table) + "')::text" : "t::text";
                    parts.add("SELECT '" + table + "', count(*), coalesce(sum(hashtextextended(" + row + ", 0)), 0)::text FROM \""
                            + table + "\" t");
                }
            }
            queries.put(db, String.join(" UNION ALL ", parts));
        }
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap);
        kafka = Admin.create(p);
    }

    /** database.table → "rows:checksum". */
    Map<String, String> take() {
        Map<String, String> snapshot = new TreeMap<>();
        try {
            for (Map.Entry<String, Connection> db : connections.entrySet()) {
                try (Statement s = db.getValue().createStatement(); ResultSet rs = s.executeQuery(queries.get(db.getKey()))) {
                    while (rs.next()) {
                        snapshot.put(db.getKey() + "." + rs.getString(1), rs.getLong(2) + ":" + rs.getString(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("snapshot failed", e);
        }
        return snapshot;
    }

    /** The tables whose content differs, with both sides. */
    static String difference(Map<String, String> before, Map<String, String> after) {
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey() + " " + before.get(e.getKey()) + " -> " + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * Waits (at most {@code timeout}) until no background work is left: outboxes published, consumers at the end of
     * their topics, and two snapshots a moment apart equal. Returns the last snapshot.
     */
    Map<String, String> awaitQuiet(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> last = take();
        while (System.nanoTime() < deadline) {
            sleep(150);
            Map<String, String> now = take();
            if (now.equals(last) && outboxesEmpty() && consumersCaughtUp()) {
                return now;
            }
            last = now;
        }
        throw new IllegalStateException("background writers did not settle within " + timeout);
    }

    private boolean outboxesEmpty() {
        try {
            for (Connection c : connections.values()) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return false;
                    }
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean consumersCaughtUp() {
        try {
            for (ConsumerGroupListing group : kafka.listConsumerGroups().all().get(5, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                        .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = kafka.listOffsets(latest).all()
                        .get(5, TimeUnit.SECONDS);
                for (Map.Entry<TopicPartition, OffsetAndMetadata> c : committed.entrySet()) {
                    if (c.getValue() != null && c.getValue().offset() < ends.get(c.getKey()).offset()) {
                        return false;
                    }
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        connections.values().forEach(c -> {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        });
        kafka.close();
    }
}
