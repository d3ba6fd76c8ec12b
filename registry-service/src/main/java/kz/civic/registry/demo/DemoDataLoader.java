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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.reference.event.GovernmentBodyCreatedEvent;
import kz.civic.registry.reference.service.RegionService;
import kz.civic.platform.security.IinHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Loads the demo register at start-up when {@code civic.registry.demo-data.enabled} is true (env
 * {@code CIVIC_REGISTRY_DEMO_DATA_ENABLED}; default false): NGOs, spheres, people, status histories,
 * reports with revisions, memberships, one {@code government-body.created.v1} outbox event per government body
 * (the seeded ones are announced nowhere else) and one {@code ngo.registered.v1} per NGO (so downstream replicas
 * receive every body and every NGO with its status and lastReportYear). Everything goes in one
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
            OffsetDateTime now = OffsetDateTime.now(RegionService.ALMATY);
            List<GovernmentBodyCreatedEvent> bodies = governmentBodies(c);
            long bodyEvents = copy(pg, DemoTables.OUTBOX_COPY,
                    out -> DemoTables.governmentBodyEvents(bodies, mapper, source, now, out));
            counts.put("outbox_event", bodyEvents + copy(pg, DemoTables.OUTBOX_COPY,
                    out -> DemoTables.registeredEvents(data, mapper, source, now, out)));
            try (Statement s = c.createStatement()) {
                for (String table : counts.keySet()) {
                    s.execute("ANALYZE " + table);
                }
            }
        }
        return counts;
    }

    /**
     * The government bodies in the register (those seeded by V3 are announced nowhere else), parents first: the
     * downstream replicas need them for the demo data they build on the register (forum's recommendations).
     */
    private static List<GovernmentBodyCreatedEvent> governmentBodies(Connection c) throws SQLException {
        List<GovernmentBodyCreatedEvent> bodies = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, bin, name_kk, name_ru, name_en, short_name, level, kind, parent_id, region_code, version "
                        + "FROM government_body ORDER BY parent_id IS NOT NULL, id")) {
            while (rs.next()) {
                bodies.add(new GovernmentBodyCreatedEvent(rs.getObject(1, UUID.class), rs.getString(2),
                        new LocalizedText(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getObject(9, UUID.class), rs.getString(10), rs.getLong(11)));
            }
        }
        return bodies;
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
