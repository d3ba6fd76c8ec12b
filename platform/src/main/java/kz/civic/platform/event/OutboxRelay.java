package kz.civic.platform.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka. On its own thread, as soon as a transaction of this instance that appended events
 * has committed ({@link #wake()}, called by {@link OutboxWriter}), and otherwise 100 ms after the previous tick
 * finished ({@code civic.outbox.poll-interval}: rows written by another instance or by a bulk load, retries while
 * Kafka is away; Quarkus's scheduler cannot go below one second), it locks a batch of unpublished
 * rows ({@code FOR UPDATE SKIP LOCKED}), sends them with an idempotent producer ({@code acks=all}), each
 * only once Kafka has acknowledged the previous event of the same record key (aggregate) — events of
 * different keys go together ({@link #sendInKeyOrder}) — and marks the acknowledged rows published in
 * the same transaction. A transaction-scoped advisory lock keeps one relay per database active, so events
 * of one aggregate leave in commit order even with several instances. If Kafka fails to acknowledge an
 * event, it and the later rows of its key stay pending and the next tick starts again from it: writes
 * never wait for Kafka, and no event reaches Kafka ahead of an earlier one of its aggregate (sending a
 * batch at once let a later event be written while an earlier one timed out during a broker crash, so
 * consumers saw them out of order; found by the fault drill).
 * An event whose outcome was unknown may be published twice (at least once; consumers dedupe by id).
 *
 * <p>Metrics on {@code /q/metrics}: {@code civic_outbox_pending} (events not yet published) and
 * {@code civic_outbox_oldest_pending_seconds} (age of the oldest of them, the outbox lag), sampled at most once a
 * second; {@code civic_outbox_published_total}; {@code civic_outbox_publish_delay_seconds} (from the row's
 * insertion to Kafka's acknowledgement, a histogram).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6369766963L; // "civic"

    private final DataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final int batchSize;
    private final Duration retention;
    private final Duration pollInterval;
    /** Released after each commit that appended events; the relay thread waits on it for up to the poll interval. */
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private volatile boolean failing;
    private final Counter published;
    private final Timer publishDelay;
    private volatile double pending;
    private volatile double oldestPendingSeconds;
    private long sampledAt;

    public OutboxRelay(DataSource dataSource,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "civic.outbox.batch-size") int batchSize,
            @ConfigProperty(name = "civic.outbox.retention") Duration retention,
            @ConfigProperty(name = "civic.outbox.poll-interval") Duration pollInterval,
            MeterRegistry meters) {
        this.dataSource = dataSource;
        this.published = meters.counter("civic.outbox.published");
        this.publishDelay = Timer.builder("civic.outbox.publish.delay")
                .description("from the outbox row's insertion to Kafka's acknowledgement")
                .publishPercentileHistogram().register(meters);
        Gauge.builder("civic.outbox.pending", this, r -> r.pending).description("events not yet published")
                .register(meters);
        Gauge.builder("civic.outbox.oldest.pending.seconds", this, r -> r.oldestPendingSeconds)
                .description("age of the oldest unpublished event").register(meters);
        this.kafkaConfig = kafkaConfig;
        this.batchSize = batchSize;
        this.retention = retention;
        this.pollInterval = pollInterval;
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Publishes now rather than at the next poll: events leave within one relay round trip of their commit instead
     * of half a poll interval later on average. Wake-ups that arrive during a tick make one more tick.
     */
    public void wake() {
        wakeUps.release();
    }

    private void run() {
        while (running) {
            tick();
            try {
                if (failing) {
                    // Kafka is away: retry at the poll interval, not at every write.
                    Thread.sleep(pollInterval.toMillis());
                } else {
                    wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                }
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void tick() {
        try {
            int sent;
            do {
                sent = publishBatch();
            } while (sent == batchSize);
            if (failing) {
                LOG.info("outbox relay recovered: Kafka accepts events again");
                failing = false;
            }
        } catch (Exception e) {
            if (!failing) {
                LOG.warnf("outbox relay cannot publish yet (events stay pending): %s", e.toString());
                failing = true;
            }
            closeProducer();
        } finally {
            sampleBacklog();
        }
    }

    /** Refreshes the backlog gauges, at most once a second (the pending index makes it cheap). */
    private void sampleBacklog() {
        long now = System.nanoTime();
        if (now - sampledAt < TimeUnit.SECONDS.toNanos(1)) {
            return;
        }
        sampledAt = now;
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0) "
                     + "FROM outbox_event WHERE published_at IS NULL");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            pending = rs.getLong(1);
            oldestPendingSeconds = rs.getDouble(2);
        } catch (SQLException e) {
            LOG.debugf("outbox backlog not sampled: %s", e.toString());
        }
    }

    /** What one batch did: events published, and the failure that stopped it (null if none). */
    private record Batch(int published, Exception failure) {
    }

    /** An outbox row of the batch being published. */
    private record Row(long seq, long createdAt, ProducerRecord<String, String> record) {
        String key() {
            return record.topic() + '\u0000' + (record.key() == null ? "" : record.key());
        }
    }

    /**
     * Sends the rows (in seq order) in waves: a wave holds the earliest unsent row of every record key and is sent at
     * once, and the next wave waits until Kafka has answered every row of this one. So an event is sent only after
     * Kafka acknowledged the previous event of its aggregate (Kafka orders only within a key's partition anyway),
     * while events of different aggregates share a round trip: one event at a time for the whole outbox capped the
     * relay at one broker round trip per event (about 100 events/s, found by the event-latency benchmark). When Kafka
     * fails a row, the later rows of its key are not sent and stay pending, in order; other keys go on.
     *
     * @param acknowledged receives the rows Kafka acknowledged
     * @return the first failure, or null
     */
    private Exception sendInKeyOrder(List<Row> rows, List<Row> acknowledged) {
        Map<String, ArrayDeque<Row>> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.computeIfAbsent(row.key(), k -> new ArrayDeque<>()).add(row));
        Exception failure = null;
        while (!byKey.isEmpty()) {
            List<Row> wave = byKey.values().stream().map(ArrayDeque::poll).toList();
            List<Future<?>> acks = wave.stream()
                    .<Future<?>>map(row -> producer().send(row.record())).toList();
            for (int i = 0; i < wave.size(); i++) {
                Row row = wave.get(i);
                try {
                    acks.get(i).get(30, TimeUnit.SECONDS);
                    acknowledged.add(row);
                } catch (ExecutionException | TimeoutException | InterruptedException e) {
                    failure = failure == null ? e : failure;
                    byKey.remove(row.key()); // its later rows stay pending, in order
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            byKey.values().removeIf(ArrayDeque::isEmpty);
        }
        return failure;
    }

    /** Publishes one batch; returns how many events were published, or throws when Kafka failed one. */
    int publishBatch() throws Exception {
        Batch batch;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                batch = publishBatch(c);
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
        if (batch.failure() != null) {
            throw batch.failure();
        }
        return batch.published();
    }

    private Batch publishBatch(Connection c) throws Exception {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return new Batch(0, null);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT seq, topic, record_key, event_type, payload, created_at FROM outbox_event "
                        + "WHERE published_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED")) {
            select.setInt(1, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ProducerRecord<String, String> record = new ProducerRecord<>(rs.getString(2), rs.getString(3), rs.getString(5));
                    record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                    record.headers().add("ce_type", rs.getString(4).getBytes(StandardCharsets.UTF_8));
                    rows.add(new Row(rs.getLong(1), rs.getTimestamp(6).getTime(), record));
                }
            }
        }
        List<Row> sent = new ArrayList<>();
        Exception failure = sendInKeyOrder(rows, sent);
        if (!sent.isEmpty()) {
            try (PreparedStatement mark = c.prepareStatement(
                    "UPDATE outbox_event SET published_at = now(), attempts = attempts + 1 WHERE seq = ANY (?)")) {
                mark.setArray(1, c.createArrayOf("bigint", sent.stream().map(Row::seq).toArray()));
                mark.executeUpdate();
            }
            long now = System.currentTimeMillis();
            sent.forEach(row -> publishDelay.record(Math.max(0, now - row.createdAt()), TimeUnit.MILLISECONDS));
            published.increment(sent.size());
        }
        return new Batch(sent.size(), failure);
    }

    /** Deletes events published longer ago than the retention period. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement(
                     "DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, retention.toSeconds());
            delete.executeUpdate();
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>(kafkaConfig);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            config.keySet().removeIf(k -> !ProducerConfig.configNames().contains(k));
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            wake();
            thread.join(TimeUnit.SECONDS.toMillis(15));
        }
        closeProducer();
    }
}
