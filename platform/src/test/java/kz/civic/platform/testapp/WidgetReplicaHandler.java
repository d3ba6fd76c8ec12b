package kz.civic.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.UUID;
import kz.civic.platform.event.CloudEvent;
import kz.civic.platform.event.EventHandler;
import kz.civic.platform.event.PoisonEventException;

/** Counts how often each widget's creation was applied: a duplicate effect would show as 2. */
@ApplicationScoped
public class WidgetReplicaHandler implements EventHandler {

    private final EntityManager em;

    public WidgetReplicaHandler(EntityManager em) {
        this.em = em;
    }

    @Override
    public String topic() {
        return WidgetService.TOPIC;
    }

    @Override
    public Set<String> types() {
        return Set.of(WidgetService.CREATED);
    }

    @Override
    public void handle(CloudEvent event) {
        if (!event.data().hasNonNull("id") || !event.data().hasNonNull("name")) {
            throw new PoisonEventException("data.id and data.name are required");
        }
        UUID id;
        try {
            id = UUID.fromString(event.data().get("id").asText());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("data.id is not a UUID");
        }
        em.createNativeQuery("INSERT INTO widget_replica (widget_id, name, applied) VALUES (?1, ?2, 1) "
                        + "ON CONFLICT (widget_id) DO UPDATE SET applied = widget_replica.applied + 1")
                .setParameter(1, id)
                .setParameter(2, event.data().get("name").asText())
                .executeUpdate();
    }
}
