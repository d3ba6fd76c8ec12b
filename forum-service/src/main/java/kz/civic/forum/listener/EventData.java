package kz.civic.forum.listener;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import kz.civic.forum.RegistryReplica;
import kz.civic.platform.event.PoisonEventException;

/** Reads the fields of an event's {@code data}; a field the contract requires but the event lacks makes it poison. */
final class EventData {

    private final JsonNode data;

    EventData(JsonNode data) {
        this.data = data;
    }

    JsonNode required(String field) {
        if (!data.hasNonNull(field)) {
            throw new PoisonEventException("data." + field + " is required by the contract");
        }
        return data.get(field);
    }

    String requiredText(String field) {
        return required(field).asText();
    }

    long requiredVersion() {
        JsonNode version = required("version");
        if (!version.canConvertToLong() || version.asLong() < 0) {
            throw new PoisonEventException("data.version must be a non-negative integer");
        }
        return version.asLong();
    }

    UUID requiredUuid(String field) {
        return uuid(field, requiredText(field));
    }

    /** A required array of UUIDs (repeated entries kept once, in their order). */
    Set<UUID> requiredUuids(String field) {
        JsonNode array = required(field);
        if (!array.isArray()) {
            throw new PoisonEventException("data." + field + " must be an array");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                throw new PoisonEventException("data." + field + " must hold UUID strings");
            }
            ids.add(uuid(field, item.asText()));
        }
        return ids;
    }

    UUID optionalUuid(String field) {
        return data.hasNonNull(field) ? uuid(field, data.get(field).asText()) : null;
    }

    String optionalText(String field) {
        return data.hasNonNull(field) ? data.get(field).asText() : null;
    }

    /** Copies the kk/ru/en members of the names object. */
    void copyNames(RegistryReplica replica) {
        JsonNode names = required("names");
        replica.nameKk = names.hasNonNull("kk") ? names.get("kk").asText() : null;
        replica.nameRu = names.hasNonNull("ru") ? names.get("ru").asText() : null;
        replica.nameEn = names.hasNonNull("en") ? names.get("en").asText() : null;
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("data." + field + " is not a UUID");
        }
    }
}
