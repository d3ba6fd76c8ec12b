package kz.civic.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kz.civic.platform.db.NativeWrites;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;

/**
 * Applies a Kafka record in a transaction (one record, or the records of one poll together): records the event id in
 * {@code inbox_event} and, only if it was not there yet, calls the handler. A redelivered or replayed event therefore has
 * no second effect.
 */
@ApplicationScoped
public class InboxProcessor {

    private final EntityManager em;
    private final ObjectMapper mapper;

    public InboxProcessor(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** One parsed record and the handlers of its topic. */
    public record Delivery(ConsumerRecord<String, String> record, CloudEvent event, List<EventHandler> handlers) {
    }

    /** Returns true when the event was applied, false when it was a duplicate or of no interest. */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean process(String consumer, ConsumerRecord<String, String> record, CloudEvent event,
            List<EventHandler> handlers) {
        return apply(consumer, record, event, handlers);
    }

    /**
     * Applies several records in one transaction, in order, each inside the span {@code spans} starts for it; returns
     * for each whether it was applied. One commit for a whole poll instead of one per record: a commit waits for the
     * WAL flush, which limited a consumer to a few dozen events a second on a busy machine. If any record fails
     * nothing is applied (the caller then applies them one by one, with retries and the dead-letter topic).
     */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Boolean> processAll(String consumer, List<Delivery> deliveries, Function<Delivery, Span> spans) {
        List<Boolean> applied = new ArrayList<>(deliveries.size());
        for (Delivery d : deliveries) {
            Span span = spans.apply(d);
            try (Scope ignored = span.makeCurrent()) {
                applied.add(apply(consumer, d.record(), d.event(), d.handlers()));
                // Write this record's changes and forget its entities: otherwise every query of a later record
                // flushes and dirty-checks all entities of the earlier ones (quadratic in the batch).
                em.flush();
                em.clear();
            } catch (RuntimeException e) {
                span.recordException(e);
                span.setStatus(StatusCode.ERROR);
                throw e;
            } finally {
                span.end();
            }
        }
        return applied;
    }

    private boolean apply(String consumer, ConsumerRecord<String, String> record, CloudEvent event,
            List<EventHandler> handlers) {
        List<EventHandler> interested = handlers.stream().filter(h -> h.types().contains(event.type())).toList();
        if (interested.isEmpty()) {
            return false;
        }
        int inserted = NativeWrites.on(em, "inbox_event", "INSERT INTO inbox_event (consumer, event_id, event_type, "
                        + "topic, kafka_partition, kafka_offset) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, record.topic())
                .setParameter(5, record.partition())
                .setParameter(6, record.offset())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        if (event.requestid() != null) {
            MDC.put("requestId", event.requestid());
        }
        try {
            interested.forEach(h -> h.handle(event));
        } finally {
            MDC.remove("requestId");
        }
        return true;
    }

    /** The record's envelope; {@link PoisonEventException} when it is not a valid CloudEvent. */
    CloudEvent parse(String value) {
        if (value == null) {
            throw new PoisonEventException("empty record");
        }
        try {
            return mapper.readValue(value, CloudEvent.class).requireValid();
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not a CloudEvents JSON document: " + e.getOriginalMessage());
        }
    }
}
