package kz.civic.forum.listener;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import kz.civic.forum.GovernmentBodyReplica;
import kz.civic.forum.repository.GovernmentBodyReplicaRepository;
import kz.civic.platform.event.CloudEvent;
import kz.civic.platform.event.EventHandler;
import kz.civic.platform.event.PoisonEventException;

/**
 * Keeps the government-body replica from {@code registry.government-bodies}. Both created and
 * updated carry the body's full state, so each is an upsert guarded by the version: an event that
 * is not newer than the replica is ignored. Runs inside the inbox transaction (no double effect).
 */
@ApplicationScoped
public class GovernmentBodyEventsListener implements EventHandler {

    static final String TOPIC = "registry.government-bodies";
    static final String CREATED = "kz.civic.registry.government-body.created.v1";
    static final String UPDATED = "kz.civic.registry.government-body.updated.v1";
    private static final Set<String> LEVELS = Set.of("CENTRAL", "LOCAL");

    private final GovernmentBodyReplicaRepository replicas;

    public GovernmentBodyEventsListener(GovernmentBodyReplicaRepository replicas) {
        this.replicas = replicas;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Set<String> types() {
        return Set.of(CREATED, UPDATED);
    }

    @Override
    public void handle(CloudEvent event) {
        EventData data = new EventData(event.data());
        UUID id = data.requiredUuid("id");
        long version = data.requiredVersion();
        String level = data.requiredText("level");
        if (!LEVELS.contains(level)) {
            throw new PoisonEventException("data.level must be CENTRAL or LOCAL, not " + level);
        }
        GovernmentBodyReplica replica = replicas.findByIdOptional(id).orElse(null);
        if (replica == null) {
            replica = new GovernmentBodyReplica();
            replica.id = id;
        } else if (!replica.isOlderThan(version)) {
            return;
        }
        data.copyNames(replica);
        replica.shortName = data.optionalText("shortName");
        replica.level = level;
        replica.kind = data.requiredText("kind");
        replica.parentId = data.optionalUuid("parentId");
        replica.regionCode = data.optionalText("regionCode");
        replica.applied(version, event.id());
        replicas.persist(replica);
    }
}
