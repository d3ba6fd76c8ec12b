package kz.civic.forum.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import kz.civic.forum.config.ForumConfig;
import kz.civic.platform.demo.SettledReplicaLoad;
import kz.civic.platform.event.OutboxWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Loads the demo XI Civil Forum when {@code civic.forum.demo-data.enabled} is true (env
 * {@code CIVIC_FORUM_DEMO_DATA_ENABLED}; default false). The demo refers to NGOs and government bodies that forum
 * knows only from registry events, so it cannot load at start-up: a background thread polls the replicas every
 * {@code poll-interval} and loads once they hold central and local government bodies and at least {@code min-ngos}
 * NGOs and have not changed for {@code settle} (the registry's demo NGOs have all arrived, so the same register gives
 * the same forum). After {@code max-wait} it loads with what is there if that is enough, else gives up.
 *
 * <p>Everything goes in one transaction: the rows with batched inserts, then the events the service would have
 * published (recommendation submitted / status-changed / response-recorded, action-plan item created /
 * status-changed, award granted) through the platform's outbox. Loads nothing when the demo edition (or any edition
 * XI) exists, so a restart never loads twice; an advisory lock keeps two instances from loading at once.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    /** Advisory lock key of the load ("fdemo"). */
    private static final long LOCK = 0x6664656d6fL;
    private static final int TIMEOUT_SECONDS = 600;

    private final DataSource dataSource;
    private final EntityManager em;
    private final OutboxWriter outbox;
    private final ForumConfig config;
    private final boolean enabled;
    private final long minNgos;
    private final SettledReplicaLoad<Counts> settledLoad;

    public DemoDataLoader(DataSource dataSource, EntityManager em, OutboxWriter outbox, ForumConfig config,
            @ConfigProperty(name = "civic.forum.demo-data.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "civic.forum.demo-data.poll-interval", defaultValue = "PT5S") Duration pollInterval,
            @ConfigProperty(name = "civic.forum.demo-data.settle", defaultValue = "PT30S") Duration settle,
            @ConfigProperty(name = "civic.forum.demo-data.max-wait", defaultValue = "PT30M") Duration maxWait,
            @ConfigProperty(name = "civic.forum.demo-data.min-ngos", defaultValue = "1000") long minNgos) {
        this.dataSource = dataSource;
        this.em = em;
        this.outbox = outbox;
        this.config = config;
        this.enabled = enabled;
        this.minNgos = minNgos;
        this.settledLoad = new SettledReplicaLoad<>(new SettledReplicaLoad.Timing(pollInterval, settle, maxWait),
                this::counts, (counts, waited) -> counts.enough(minNgos), counts -> load(),
                minNgos + " NGOs, central and local government bodies");
    }

    /** What the replicas hold. */
    record Counts(long ngos, long centralBodies, long localRegions) {

        boolean enough(long minNgos) {
            return ngos >= minNgos && centralBodies > 0 && localRegions > 0;
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (loaded()) {
            LOG.info("Demo data already loaded (forum edition " + DemoDataGenerator.EDITION + " exists): nothing to do");
            return;
        }
        settledLoad.start("forum-demo-data");
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        settledLoad.stop();
    }

    Counts counts() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT (SELECT count(*) FROM ngo_replica),
                               (SELECT count(*) FROM government_body_replica WHERE level = 'CENTRAL'),
                               (SELECT count(DISTINCT region_code) FROM government_body_replica WHERE level = 'LOCAL')""")) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    /** Whether the demo edition (or another edition XI) is there. */
    public boolean loaded() {
        try (Connection c = dataSource.getConnection()) {
            return exists(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check for demo data", e);
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM forum WHERE id = ? OR edition_number = ?")) {
            s.setObject(1, DemoDataGenerator.FORUM_ID);
            s.setInt(2, DemoDataGenerator.EDITION);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Generates the demo forum on the current replicas and writes it; rows per table, empty when already loaded. */
    public Map<String, Long> load() {
        long start = System.nanoTime();
        Map<String, Long> counts = QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(this::write);
        long end = System.nanoTime();
        if (counts.isEmpty()) {
            LOG.info("Demo data already loaded (forum edition " + DemoDataGenerator.EDITION + " exists): nothing to do");
        } else {
            LOG.infof("Demo data loaded in %.1f s: %s", (end - start) / 1e9, counts);
        }
        return counts;
    }

    private Map<String, Long> write() {
        Map<String, Long> counts = new LinkedHashMap<>();
        DemoData data = em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK);
                lock.execute();
            }
            if (exists(c)) {
                return null;
            }
            DemoData d = DemoDataGenerator.generate(DemoReplicas.read(c), config.responseDeadline());
            counts.putAll(DemoDataWriter.write(c, d));
            return d;
        });
        if (data == null) {
            return Map.of();
        }
        for (DemoData.Event e : data.events()) {
            outbox.append(e.topic(), e.type(), e.subject(), e.payload());
        }
        counts.put("outbox_event", (long) data.events().size());
        return counts;
    }
}
