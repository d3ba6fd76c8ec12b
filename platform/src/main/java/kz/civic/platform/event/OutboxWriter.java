package kz.civic.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kz.civic.platform.db.NativeWrites;
import kz.civic.platform.web.RequestIds;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import kz.civic.platform.time.Timestamps;

/**
 * Appends an event to the outbox table inside the caller's transaction: the event exists if and
 * only if the business change commits. {@link OutboxRelay} publishes it, woken up once the transaction has
 * committed.
 */
@ApplicationScoped
public class OutboxWriter {

    /** Marks a transaction whose commit already wakes the relay (one wake-up per transaction, not per event). */
    private static final Object WAKES_RELAY = new Object();

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final String source;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public OutboxWriter(EntityManager em, ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.em = em;
        this.mapper = mapper;
        this.source = "/" + applicationName;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Records an event.
     *
     * @param topic   Kafka topic (one per aggregate, e.g. {@code registry.ngos})
     * @param type    CloudEvents type, e.g. {@code kz.civic.registry.ngo.registered.v1}
     * @param subject aggregate id; also the record key, so events of one aggregate stay in order
     * @param data    payload, serialised with the application's ObjectMapper
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(String topic, String type, String subject, Object data) {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type,
                subject, Timestamps.now(), "application/json", RequestIds.current(),
                Traces.currentTraceparent(), mapper.valueToTree(data));
        String json;
        try {
            json = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be serialised", e);
        }
        NativeWrites.on(em, "outbox_event", "INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.fromString(event.id()))
                .setParameter(2, topic)
                .setParameter(3, subject)
                .setParameter(4, type)
                .setParameter(5, json)
                .executeUpdate();
        wakeRelayAfterCommit();
        return event;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKES_RELAY) != null) {
            return;
        }
        transactions.putResource(WAKES_RELAY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
