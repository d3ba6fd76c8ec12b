package kz.civic.procurement.listener;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import kz.civic.platform.event.CloudEvent;
import kz.civic.platform.event.EventHandler;
import kz.civic.platform.event.PoisonEventException;
import kz.civic.procurement.ActionPlanItemReplica;
import kz.civic.procurement.repository.ActionPlanItemReplicaRepository;

/**
 * Keeps the action-plan item replica (what calls may finance) from {@code forum.action-plan-items}: created makes
 * it, status-changed moves its status and recommendations; version-guarded, inside the inbox transaction.
 */
@ApplicationScoped
public class ActionPlanItemEventsListener implements EventHandler {

    static final String CREATED = "kz.civic.forum.action-plan-item.created.v1";
    static final String STATUS_CHANGED = "kz.civic.forum.action-plan-item.status-changed.v1";

    private final ActionPlanItemReplicaRepository replicas;

    public ActionPlanItemEventsListener(ActionPlanItemReplicaRepository replicas) {
        this.replicas = replicas;
    }

    @Override
    public String topic() {
        return "forum.action-plan-items";
    }

    @Override
    public Set<String> types() {
        return Set.of(CREATED, STATUS_CHANGED);
    }

    @Override
    public void handle(CloudEvent event) {
        EventData data = new EventData(event.data());
        UUID id = data.requiredUuid("id");
        long version = data.requiredVersion();
        ActionPlanItemReplica replica = replicas.findByIdOptional(id).orElse(null);
        if (STATUS_CHANGED.equals(event.type()) && replica == null) {
            throw new PoisonEventException("status change for action-plan item " + id + ", never seen created");
        }
        if (replica != null && !replica.isOlderThan(version)) {
            return;
        }
        if (replica == null) {
            replica = new ActionPlanItemReplica();
            replica.id = id;
        }
        replica.planId = data.requiredUuid("planId");
        replica.status = data.requiredText(CREATED.equals(event.type()) ? "status" : "to");
        replica.recommendationIds.clear();
        replica.recommendationIds.addAll(data.uuids("recommendationIds"));
        replica.applied(version, event.id());
        replicas.persist(replica);
    }
}
