package kz.civic.registry.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kz.civic.platform.security.IinHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import kz.civic.platform.time.Timestamps;

/**
 * Loads the demo register at start-up when {@code civic.registry.demo-data.enabled} is true (env
 * {@code CIVIC_REGISTRY_DEMO_DATA_ENABLED}; default false): NGOs, spheres, people, status histories,
 * reports with revisions, memberships and one {@code ngo.registered.v1} per NGO (so downstream replicas
 * receive every NGO with its status and lastReportYear; the government bodies it refers to were announced by
 * {@code GovernmentBodyAnnouncer} just before). Everything goes in one
 * transaction with PostgreSQL COPY. Loads nothing when the demo's first NGO is already there, so a
 * restart never loads twice; an advisory lock keeps two instances from loading at once.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    /** Advisory lock key of the load ("demo"). */
    private static final long LOCK = 0x64656d6fL;
    private static final int TIMEOUT_SECONDS = 600;

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final IinHasher iins;
    private final boolean enabled;
    private final String source;

    public DemoDataLoader(DataSource dataSource, ObjectMapper mapper, IinHasher iins,
            @ConfigProperty(name = "civic.registry.demo-data.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.iins = iins;
        this.enabled = enabled;
        this.source = "/" + applicationName;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** Rows written per table (empty when the demo data was already loaded). */
    public Map<String, Long> load() {
        if (loaded()) {
            LOG.info("Demo data already loaded (NGO " + DemoDataGenerator.MARKER_ID + " exists): nothing to do");
            return Map.of();
        }
        long start = System.nanoTime();
        DemoData data = DemoDataGenerator.generate(iins);
        long generated = System.nanoTime();
        Map<String, Long> counts = QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> write(data));
        long end = System.nanoTime();
        if (counts.isEmpty()) {
            LOG.info("Demo data was loaded by another instance meanwhile: nothing to do");
        } else {
            LOG.infof("Demo data loaded in %.1f s (generated in %.1f s, written in %.1f s): %s", (end - start) / 1e9,
                    (generated - start) / 1e9, (end - generated) / 1e9, counts);
        }
        return counts;
    }

    private boolean loaded() {
        try (Connection c = dataSource.getConnection()) {
            return exists(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check for demo data", e);
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM ngo WHERE id = ?")) {
            s.setObject(1, DemoDataGenerator.MARKER_ID);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Map<String, Long> write(DemoData data) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK);
                lock.execute();
            }
            if (exists(c)) {
                return counts;
            }
            PGConnection pg = c.unwrap(PGConnection.class);
            for (DemoTables.Table table : DemoTables.TABLES) {
                counts.put(table.name(), copy(pg, table.copySql(), out -> table.rows().write(data, mapper, out)));
            }
            OffsetDateTime now = Timestamps.now();
            counts.put("outbox_event", copy(pg, DemoTables.OUTBOX_COPY,
                    out -> DemoTables.registeredEvents(data, mapper, source, now, out)));
            try (Statement s = c.createStatement()) {
                for (String table : counts.keySet()) {
                    s.execute("ANALYZE " + table);
                }
            }
        }
        return counts;
    }

    private static long copy(PGConnection pg, String sql, Consumer<DemoTables.Csv> rows) throws SQLException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg, sql, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            DemoTables.Csv out = new DemoTables.Csv(w);
            rows.accept(out);
            w.flush();
            return out.rows();
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException cause) {
                throw cause;
            }
            throw new UncheckedIOException(e);
        }
    }
}
