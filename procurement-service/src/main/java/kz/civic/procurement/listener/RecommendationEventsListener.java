package kz.civic.procurement.listener;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import kz.civic.platform.event.CloudEvent;
import kz.civic.platform.event.EventHandler;
import kz.civic.platform.event.PoisonEventException;
import kz.civic.procurement.RecommendationReplica;
import kz.civic.procurement.repository.RecommendationReplicaRepository;

/**
 * Keeps the recommendation replica (what calls may implement) from {@code forum.recommendations}:
 * submitted creates it, status-changed moves its status; version-guarded, inside the inbox
 * transaction.
 */
@ApplicationScoped
public class RecommendationEventsListener implements EventHandler {

    static final String SUBMITTED = "kz.civic.forum.recommendation.submitted.v1";
    static final String STATUS_CHANGED = "kz.civic.forum.recommendation.status-changed.v1";

    private final RecommendationReplicaRepository replicas;

    public RecommendationEventsListener(RecommendationReplicaRepository replicas) {
        this.replicas = replicas;
    }

    @Override
    public String topic() {
        return "forum.recommendations";
    }

    @Override
    public Set<String> types() {
        return Set.of(SUBMITTED, STATUS_CHANGED);
    }

    @Override
    public void handle(CloudEvent event) {
        EventData data = new EventData(event.data());
        UUID id = data.requiredUuid("id");
        long version = data.requiredVersion();
        RecommendationReplica replica = replicas.findByIdOptional(id).orElse(null);
        if (STATUS_CHANGED.equals(event.type())) {
            if (replica == null) {
                throw new PoisonEventException("status change for recommendation " + id + ", never seen submitted");
            }
            if (replica.isOlderThan(version)) {
                replica.status = data.requiredText("to");
                replica.applied(version, event.id());
            }
            return;
        }
        if (replica != null && !replica.isOlderThan(version)) {
            return;
        }
        if (replica == null) {
            replica = new RecommendationReplica();
            replica.id = id;
        }
        replica.status = data.requiredText("status");
        replica.regionCode = data.optionalText("regionCode");
        replica.spheres.clear();
        replica.spheres.addAll(data.texts("spheres"));
        replica.applied(version, event.id());
        replicas.persist(replica);
    }
}
