package kz.civic.procurement.listener;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.event.PoisonEventException;

/** Reads the fields of an event's {@code data}; a field the contract requires but the event lacks makes it poison. */
final class EventData {

    private final JsonNode data;

    EventData(JsonNode data) {
        if (data == null || !data.isObject()) {
            throw new PoisonEventException("data must be an object");
        }
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
        return requiredNonNegative("version");
    }

    int requiredInt(String field) {
        return (int) requiredNonNegative(field);
    }

    boolean requiredBoolean(String field) {
        JsonNode node = required(field);
        if (!node.isBoolean()) {
            throw new PoisonEventException("data." + field + " must be a boolean");
        }
        return node.asBoolean();
    }

    UUID requiredUuid(String field) {
        return uuid(field, requiredText(field));
    }

    UUID optionalUuid(String field) {
        return data.hasNonNull(field) ? uuid(field, data.get(field).asText()) : null;
    }

    String optionalText(String field) {
        return data.hasNonNull(field) ? data.get(field).asText() : null;
    }

    Integer optionalInt(String field) {
        return data.hasNonNull(field) ? requiredInt(field) : null;
    }

    OffsetDateTime requiredTime(String field) {
        try {
            return OffsetDateTime.parse(requiredText(field));
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("data." + field + " is not an ISO 8601 date-time");
        }
    }

    LocalDate requiredDate(String field) {
        try {
            return LocalDate.parse(requiredText(field));
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("data." + field + " is not an ISO 8601 date");
        }
    }

    /** The strings of an array field; absent or null gives an empty list. */
    List<String> texts(String field) {
        List<String> values = new ArrayList<>();
        JsonNode node = data.get(field);
        if (node != null && !node.isNull()) {
            if (!node.isArray()) {
                throw new PoisonEventException("data." + field + " must be an array");
            }
            node.forEach(n -> values.add(n.asText()));
        }
        return values;
    }

    /** An array of UUIDs (empty when absent); a member that is not a UUID makes the event poison. */
    List<UUID> uuids(String field) {
        return texts(field).stream().map(value -> uuid(field, value)).toList();
    }

    /** The kk/ru/en members of the names object, in that order (null for a missing language). */
    String[] names() {
        JsonNode names = required("names");
        return new String[] {text(names, "kk"), text(names, "ru"), text(names, "en")};
    }

    JsonNode raw() {
        return data;
    }

    static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private long requiredNonNegative(String field) {
        JsonNode value = required(field);
        if (!value.canConvertToLong() || value.asLong() < 0) {
            throw new PoisonEventException("data." + field + " must be a non-negative integer");
        }
        return value.asLong();
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("data." + field + " is not a UUID");
        }
    }
}
