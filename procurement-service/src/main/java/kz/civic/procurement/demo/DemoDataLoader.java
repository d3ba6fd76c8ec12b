package kz.civic.procurement.demo;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import kz.civic.platform.demo.SettledReplicaLoad;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads procurement's demo when {@code civic.procurement.demo-data.enabled} is true (env
 * {@code CIVIC_PROCUREMENT_DEMO_DATA_ENABLED}; default false). The demo's customers, applicants and linked
 * recommendations are known only from registry and forum events, so it cannot load at start-up: a background
 * thread polls the replicas every {@code poll-interval} and loads once they hold central and local government
 * bodies and at least {@code min-ngos} NGOs, have not changed for {@code settle} (the registry's demo NGOs have
 * all arrived, so the same register gives the same demo), and hold forum's recommendations, or
 * {@code recommendations-wait} has passed without any (the calls then link none). After {@code max-wait} it loads
 * with what is there if that is enough, else gives up; so it does after three failed loads. Start-up and
 * readiness never wait for it.
 *
 * <p>The load goes through the services ({@link DemoDataWriter}) in one transaction. Loads nothing when the
 * demo's officer has created plans, so a restart never loads twice; an advisory lock keeps two instances from
 * loading at once.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private final DataSource dataSource;
    private final DemoDataWriter writer;
    private final boolean enabled;
    private final long minNgos;
    private final SettledReplicaLoad<Counts> settledLoad;

    public DemoDataLoader(DataSource dataSource, DemoDataWriter writer,
            @ConfigProperty(name = "civic.procurement.demo-data.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "civic.procurement.demo-data.poll-interval", defaultValue = "PT5S") Duration pollInterval,
            @ConfigProperty(name = "civic.procurement.demo-data.settle", defaultValue = "PT30S") Duration settle,
            @ConfigProperty(name = "civic.procurement.demo-data.max-wait", defaultValue = "PT30M") Duration maxWait,
            @ConfigProperty(name = "civic.procurement.demo-data.recommendations-wait", defaultValue = "PT15M")
            Duration recommendationsWait,
            @ConfigProperty(name = "civic.procurement.demo-data.min-ngos", defaultValue = "1000") long minNgos) {
        this.dataSource = dataSource;
        this.writer = writer;
        this.enabled = enabled;
        this.minNgos = minNgos;
        // forum's recommendations are waited for up to recommendations-wait; then the calls link none
        this.settledLoad = new SettledReplicaLoad<>(new SettledReplicaLoad.Timing(pollInterval, settle, maxWait),
                this::counts, (counts, waited) -> counts.enough(minNgos)
                        && (counts.recommendations() > 0 || waited.compareTo(recommendationsWait) >= 0),
                counts -> {
                    if (counts.recommendations() == 0) {
                        LOG.warn("Demo data: no recommendations from forum events; the calls link none");
                    }
                    load();
                }, minNgos + " NGOs, central and local government bodies, forum's recommendations");
    }

    /** What the replicas hold. */
    record Counts(long ngos, long centralBodies, long localRegions, long recommendations) {

        boolean enough(long minNgos) {
            return ngos >= minNgos && centralBodies > 0 && localRegions > 0;
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (loaded()) {
            LOG.info("Demo data already loaded (plans of " + DemoActors.OFFICER + " exist): nothing to do");
            return;
        }
        settledLoad.start("procurement-demo-data");
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        settledLoad.stop();
    }

    Counts counts() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT (SELECT count(*) FROM ngo_replica),
                       (SELECT count(*) FROM government_body_replica WHERE level = 'CENTRAL'),
                       (SELECT count(DISTINCT region_code) FROM government_body_replica WHERE level = 'LOCAL'),
                       (SELECT count(*) FROM recommendation_replica)"""); ResultSet rs = s.executeQuery()) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    /** Whether the demo is there (plans created by the demo's officer). */
    public boolean loaded() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM funding_plan WHERE created_by = ? LIMIT 1")) {
            s.setString(1, DemoActors.OFFICER);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check for demo data", e);
        }
    }

    /** Loads the demo on the current replicas; empty counts when it was already there. */
    public DemoResult load() {
        long start = System.nanoTime();
        DemoResult result = writer.write();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!result.loaded()) {
            LOG.info("Demo data already loaded (plans of " + DemoActors.OFFICER + " exist): nothing to do");
            return result;
        }
        LOG.infof("Demo data loaded in %.1f s: %s", seconds, result.counts());
        for (DemoResult.Refusal r : result.refusals()) {
            LOG.infof("Demo data: NGO %s (BIN %s) refused by call %s: %s", r.ngoId(), r.bin(), r.call(), r.failed().stream()
                    .map(f -> f.rule() + " (" + f.reason() + ")").toList());
        }
        return result;
    }
}
