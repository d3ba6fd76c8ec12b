package kz.civic.registry.reference.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.registry.reference.GovernmentBody;
import kz.civic.registry.reference.event.GovernmentBodyCreatedEvent;
import org.jboss.logging.Logger;
import kz.civic.platform.time.Timestamps;

/**
 * Announces the government bodies no API call created — the ones the migrations seed (V3) — with one
 * {@code government-body.created.v1} each, so forum's and procurement's replicas know the ministries and akimats
 * from the start, with or without demo data. Runs at start-up before anything else writes events (the demo load
 * among them), parents first; each body is announced once: the row is locked and stamped {@code announced_at} in the
 * transaction that writes its event, so a restart or a second instance announces nothing twice.
 */
@ApplicationScoped
public class GovernmentBodyAnnouncer {

    private static final Logger LOG = Logger.getLogger(GovernmentBodyAnnouncer.class);

    private final EntityManager em;
    private final OutboxWriter outbox;

    public GovernmentBodyAnnouncer(EntityManager em, OutboxWriter outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        int announced = announceUnannounced();
        if (announced > 0) {
            LOG.infof("announced %d government bodies seeded by the migrations", announced);
        }
    }

    /** Writes a created event for every body not announced yet; returns how many. */
    @Transactional
    public int announceUnannounced() {
        List<GovernmentBody> pending = em.createQuery(
                        "FROM GovernmentBody WHERE announcedAt IS NULL ORDER BY (CASE WHEN parentId IS NULL THEN 0 ELSE 1 END), id",
                        GovernmentBody.class)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED: another instance is announcing them
                .getResultList();
        OffsetDateTime now = Timestamps.now();
        for (GovernmentBody body : pending) {
            outbox.append(GovernmentBodyCreatedEvent.TOPIC, GovernmentBodyCreatedEvent.TYPE, body.id.toString(),
                    GovernmentBodyCreatedEvent.of(body));
            // a bulk update, so the stamp does not bump the version the event just published
            em.createQuery("UPDATE GovernmentBody SET announcedAt = :now WHERE id = :id")
                    .setParameter("now", now).setParameter("id", body.id).executeUpdate();
        }
        return pending.size();
    }
}
