package kz.civic.procurement.listener;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import kz.civic.platform.event.CloudEvent;
import kz.civic.platform.event.EventHandler;
import kz.civic.platform.event.PoisonEventException;
import kz.civic.procurement.NgoReplica;
import kz.civic.procurement.repository.NgoReplicaRepository;

/**
 * Keeps the local NGO replica from the registry's NGO events (contracts/events): registered
 * creates it, status-changed moves its status. Runs inside the inbox transaction, so a redelivered
 * event is never applied twice; an event whose version is not newer than the replica's is ignored,
 * so a late event never rolls state back.
 */
@ApplicationScoped
public class NgoEventsListener implements EventHandler {

    static final String REGISTERED = "kz.civic.registry.ngo.registered.v1";
    static final String STATUS_CHANGED = "kz.civic.registry.ngo.status-changed.v1";

    private final NgoReplicaRepository replicas;

    public NgoEventsListener(NgoReplicaRepository replicas) {
        this.replicas = replicas;
    }

    @Override
    public String topic() {
        return "registry.ngos";
    }

    @Override
    public Set<String> types() {
        return Set.of(REGISTERED, STATUS_CHANGED);
    }

    @Override
    public void handle(CloudEvent event) {
        if (STATUS_CHANGED.equals(event.type())) {
            statusChanged(event);
        } else {
            registered(event);
        }
    }

    private void statusChanged(CloudEvent event) {
        JsonNode data = event.data();
        UUID id = uuid(required(data, "ngoId").asText());
        long version = required(data, "version").asLong();
        NgoReplica replica = replicas.findByIdOptional(id).orElseThrow(() ->
                new PoisonEventException("status change for NGO " + id + ", which this replica never saw registered"));
        if (replica.sourceVersion >= version) {
            return;
        }
        replica.status = required(data, "to").asText();
        replica.sourceVersion = version;
        replica.lastEventId = event.id();
        replica.updatedAt = OffsetDateTime.now();
    }

    private void registered(CloudEvent event) {
        JsonNode data = event.data();
        UUID id = uuid(required(data, "ngoId").asText());
        long version = required(data, "version").asLong();
        NgoReplica replica = replicas.findByIdOptional(id).orElse(null);
        if (replica != null && replica.sourceVersion >= version) {
            return;
        }
        if (replica == null) {
            replica = new NgoReplica();
            replica.ngoId = id;
        }
        replica.bin = data.hasNonNull("bin") ? data.get("bin").asText() : null;
        JsonNode names = required(data, "names");
        replica.nameKk = text(names, "kk");
        replica.nameRu = text(names, "ru");
        replica.nameEn = text(names, "en");
        replica.legalForm = required(data, "legalForm").asText();
        replica.eligibleForStateNgoFunding = required(data, "eligibleForStateNgoFunding").asBoolean();
        replica.regionCode = required(data, "regionCode").asText();
        replica.status = required(data, "status").asText();
        replica.sourceVersion = version;
        replica.lastEventId = event.id();
        replica.updatedAt = OffsetDateTime.now();
        replicas.persist(replica);
    }

    private static JsonNode required(JsonNode data, String field) {
        if (!data.hasNonNull(field)) {
            throw new PoisonEventException("data." + field + " is required by the contract");
        }
        return data.get(field);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("data.ngoId is not a UUID");
        }
    }
}
