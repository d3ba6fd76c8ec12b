package kz.civic.procurement.listener;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import kz.civic.platform.event.CloudEvent;
import kz.civic.platform.event.EventHandler;
import kz.civic.platform.event.PoisonEventException;
import kz.civic.procurement.GovernmentBodyReplica;
import kz.civic.procurement.repository.GovernmentBodyReplicaRepository;

/**
 * Keeps the government-body replica (the customers of funding plans) from
 * {@code registry.government-bodies}. Created and updated both carry the full state, so each is an
 * upsert guarded by the version. Runs inside the inbox transaction (no double effect).
 */
@ApplicationScoped
public class GovernmentBodyEventsListener implements EventHandler {

    static final String CREATED = "kz.civic.registry.government-body.created.v1";
    static final String UPDATED = "kz.civic.registry.government-body.updated.v1";
    private static final Set<String> LEVELS = Set.of("CENTRAL", "LOCAL");

    private final GovernmentBodyReplicaRepository replicas;

    public GovernmentBodyEventsListener(GovernmentBodyReplicaRepository replicas) {
        this.replicas = replicas;
    }

    @Override
    public String topic() {
        return "registry.government-bodies";
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
        String[] names = data.names();
        replica.nameKk = names[0];
        replica.nameRu = names[1];
        replica.nameEn = names[2];
        replica.bin = data.optionalText("bin");
        replica.shortName = data.optionalText("shortName");
        replica.level = level;
        replica.kind = data.requiredText("kind");
        replica.parentId = data.optionalUuid("parentId");
        replica.regionCode = data.optionalText("regionCode");
        replica.applied(version, event.id());
        replicas.persist(replica);
    }
}
