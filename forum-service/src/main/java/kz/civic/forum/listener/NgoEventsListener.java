package kz.civic.forum.listener;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import kz.civic.forum.NgoReplica;
import kz.civic.forum.repository.NgoReplicaRepository;
import kz.civic.platform.event.CloudEvent;
import kz.civic.platform.event.EventHandler;
import kz.civic.platform.event.PoisonEventException;

/**
 * Keeps the NGO replica from {@code registry.ngos}: registered and updated (full snapshots) create
 * or refresh it, status-changed moves its status. Runs inside the inbox transaction, so a
 * redelivered event has no second effect; an event whose version is not newer than the replica's
 * is ignored, so a late event never rolls state back.
 */
@ApplicationScoped
public class NgoEventsListener implements EventHandler {

    static final String TOPIC = "registry.ngos";
    static final String REGISTERED = "kz.civic.registry.ngo.registered.v1";
    static final String UPDATED = "kz.civic.registry.ngo.updated.v1";
    static final String STATUS_CHANGED = "kz.civic.registry.ngo.status-changed.v1";

    private final NgoReplicaRepository replicas;

    public NgoEventsListener(NgoReplicaRepository replicas) {
        this.replicas = replicas;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Set<String> types() {
        return Set.of(REGISTERED, UPDATED, STATUS_CHANGED);
    }

    @Override
    public void handle(CloudEvent event) {
        EventData data = new EventData(event.data());
        UUID id = data.requiredUuid("ngoId");
        long version = data.requiredVersion();
        NgoReplica replica = replicas.findByIdOptional(id).orElse(null);
        if (STATUS_CHANGED.equals(event.type())) {
            if (replica == null) {
                throw new PoisonEventException("status change of NGO " + id + ", which this replica never saw registered");
            }
            if (replica.isOlderThan(version)) {
                replica.status = data.requiredText("to");
                replica.applied(version, event.id());
            }
            return;
        }
        if (replica == null) {
            replica = new NgoReplica();
            replica.id = id;
        } else if (!replica.isOlderThan(version)) {
            return;
        }
        data.copyNames(replica);
        replica.status = data.requiredText("status");
        replica.applied(version, event.id());
        replicas.persist(replica);
    }
}
