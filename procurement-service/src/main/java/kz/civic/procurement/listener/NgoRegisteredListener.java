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
 * Builds the local NGO replica from {@code kz.civic.registry.ngo.registered.v1} (contract:
 * contracts/events). Runs inside the inbox transaction, so a redelivered event is never applied
 * twice; an event older than the replica's version is ignored.
 */
@ApplicationScoped
public class NgoRegisteredListener implements EventHandler {

    static final String TYPE = "kz.civic.registry.ngo.registered.v1";

    private final NgoReplicaRepository replicas;

    public NgoRegisteredListener(NgoReplicaRepository replicas) {
        this.replicas = replicas;
    }

    @Override
    public String topic() {
        return "registry.ngos";
    }

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
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
