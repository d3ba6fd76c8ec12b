package kz.civic.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import kz.civic.platform.web.RequestIds;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends an event to the outbox table inside the caller's transaction: the event exists if and
 * only if the business change commits. {@link OutboxRelay} publishes it.
 */
@ApplicationScoped
public class OutboxWriter {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final String source;

    public OutboxWriter(EntityManager em, ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.em = em;
        this.mapper = mapper;
        this.source = "/" + applicationName;
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
                subject, OffsetDateTime.now(ALMATY), "application/json", RequestIds.current(),
                Traces.currentTraceparent(), mapper.valueToTree(data));
        String json;
        try {
            json = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be serialised", e);
        }
        em.createNativeQuery("INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.fromString(event.id()))
                .setParameter(2, topic)
                .setParameter(3, subject)
                .setParameter(4, type)
                .setParameter(5, json)
                .executeUpdate();
        return event;
    }
}
