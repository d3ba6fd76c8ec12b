package kz.civic.bench.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * Commit → consumer effect. Registers legacy NGOs (no BIN needed) in registry-service at a fixed rate; each
 * registration commits the NGO and its {@code ngo.registered.v1} outbox row in one transaction, the relay publishes
 * it, and forum-service and procurement-service apply it to their NGO replicas, recording the event in
 * {@code inbox_event} in the same transaction as the replica row. With {@code track_commit_timestamp} the latency
 * is exact on one clock (one PostgreSQL cluster): commit time of the consumer's transaction minus commit time of the
 * registration's transaction ({@code pg_xact_commit_timestamp(xmin)} of the inbox row and of the NGO row).
 */
final class EventLatencyBench {

    static final String REGISTERED = "kz.civic.registry.ngo.registered.v1";
    static final double P99_TARGET_MS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONSUMERS = List.of("forum-service", "procurement-service");

    private final RuntimeOptions options;
    private final Infra infra;
    private final String registryUrl;

    EventLatencyBench(RuntimeOptions options, Infra infra, String registryUrl) {
        this.options = options;
        this.infra = infra;
        this.registryUrl = registryUrl;
    }

    Map<String, Object> measure() {
        String token = infra.token("registrar");
        double rate = options.eventRate();
        System.out.printf("events: warm-up %d s, then %.0f registrations/s for %d s%n",
                options.eventWarmup().toSeconds(), rate, options.eventDuration().toSeconds());
        FixedRate.run(rate, options.eventWarmup(), registration(token, "warm-up"), false, 512, 1000, null);
        List<Double> loadBefore = Figures.loadAverage();
        FixedRate.Result writes = FixedRate.run(rate, options.eventDuration(), registration(token, "run"), true, 512,
                1000, null);
        List<Double> loadAfter = Figures.loadAverage();
        List<String> ngoIds = new ArrayList<>();
        for (HttpResponse<String> answer : writes.answers()) {
            if (answer.statusCode() == 201) {
                ngoIds.add(id(answer.body()));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rate", rate);
        result.put("seconds", options.eventDuration().toSeconds());
        result.put("loadAverageBefore", loadBefore);
        result.put("loadAverageAfter", loadAfter);
        Map<String, Object> writeFigures = new LinkedHashMap<>();
        writeFigures.put("statuses", writes.statuses());
        writeFigures.put("failed", writes.failed());
        writeFigures.put("dropped", writes.dropped());
        writeFigures.put("latency", Figures.percentilesMs(writes.latencyMicros()));
        result.put("writes", writeFigures);
        try {
            Map<String, long[]> written = writtenEvents(ngoIds);
            Histogram relay = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
            written.values().forEach(t -> relay.recordValue(Math.max(1, t[1] - t[0])));
            result.put("commitToPublished", Figures.percentilesMs(relay));
            Map<String, Object> consumers = new LinkedHashMap<>();
            boolean met = true;
            for (String consumer : CONSUMERS) {
                Map<String, long[]> applied = appliedEvents(consumer, written);
                Histogram exact = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
                Histogram columns = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
                applied.forEach((eventId, t) -> {
                    long[] w = written.get(eventId);
                    exact.recordValue(Math.max(1, t[0] - w[0]));
                    columns.recordValue(Math.max(1, t[1] - w[2]));
                });
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("expected", written.size());
                c.put("applied", applied.size());
                c.put("commitToEffect", Figures.percentilesMs(exact));
                c.put("createdAtToProcessedAt", Figures.percentilesMs(columns));
                consumers.put(consumer, c);
                met &= applied.size() == written.size() && exact.getValueAtPercentile(99) <= P99_TARGET_MS * 1000;
                System.out.printf("events: %s applied %d/%d, commit → effect p50 %.1f ms, p99 %.1f ms%n", consumer,
                        applied.size(), written.size(), exact.getValueAtPercentile(50) / 1000.0,
                        exact.getValueAtPercentile(99) / 1000.0);
            }
            result.put("consumers", consumers);
            result.put("p99TargetMs", P99_TARGET_MS);
            result.put("targetMet", met && !written.isEmpty());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event timestamps", e);
        }
        return result;
    }

    private IntFunction<HttpRequest> registration(String token, String run) {
        URI uri = URI.create(registryUrl + "/api/v1/ngos");
        return i -> HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"legacy": true, "names": {"ru": "Общественное объединение «Замер %s %d»"},
                         "legalForm": "PUBLIC_ASSOCIATION", "regionCode": "KZ-75", "registrationDate": "1994-05-05"}"""
                        .formatted(run, i))).build();
    }

    private static String id(String body) {
        try {
            return JSON.readTree(body).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** event id → {registration commit, relay commit (published), created_at}, all in epoch microseconds. */
    private Map<String, long[]> writtenEvents(List<String> ngoIds) throws SQLException {
        Map<String, long[]> written = new HashMap<>();
        try (Connection c = infra.connect("registry");
             PreparedStatement q = c.prepareStatement("""
                     SELECT o.event_id::text, %s, %s, %s
                     FROM outbox_event o JOIN ngo n ON n.id = o.record_key::uuid
                     WHERE o.event_type = ? AND o.record_key = ANY (?)""".formatted(micros("pg_xact_commit_timestamp(n.xmin)"),
                     micros("pg_xact_commit_timestamp(o.xmin)"), micros("o.created_at")))) {
            q.setString(1, REGISTERED);
            q.setArray(2, c.createArrayOf("text", ngoIds.toArray()));
            awaitPublished(c, ngoIds);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    written.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
                }
            }
        }
        return written;
    }

    private void awaitPublished(Connection c, List<String> ngoIds) throws SQLException {
        try (PreparedStatement pending = c.prepareStatement(
                "SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND record_key = ANY (?)")) {
            pending.setArray(1, c.createArrayOf("text", ngoIds.toArray()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = pending.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                ServiceUnderTest.sleep(500);
            }
        }
        throw new IllegalStateException("the outbox did not drain within 120 s");
    }

    /** event id → {consumer commit, processed_at} in epoch microseconds, once all are there (or after 120 s). */
    private Map<String, long[]> appliedEvents(String consumer, Map<String, long[]> written) throws SQLException {
        Map<String, long[]> applied = new HashMap<>();
        try (Connection c = infra.connect(Infra.database(consumer))) {
            Array ids = c.createArrayOf("text", written.keySet().toArray());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            try (PreparedStatement q = c.prepareStatement("SELECT event_id, "
                    + micros("pg_xact_commit_timestamp(xmin)") + ", " + micros("processed_at")
                    + " FROM inbox_event WHERE consumer = ? AND event_id = ANY (?)")) {
                q.setString(1, consumer);
                q.setArray(2, ids);
                do {
                    applied.clear();
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            applied.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
                        }
                    }
                    if (applied.size() == written.size()) {
                        break;
                    }
                    ServiceUnderTest.sleep(500);
                } while (System.nanoTime() < deadline);
            }
        }
        return applied;
    }

    /** SQL for a timestamptz as epoch microseconds (exact, unlike a double of seconds). */
    private static String micros(String timestamp) {
        return "(extract(epoch FROM " + timestamp + ") * 1000000)::bigint";
    }
}
