package kz.civic.registry.reference.event;

import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.reference.GovernmentBody;

/**
 * Payload of {@code kz.civic.registry.government-body.updated.v1} on topic
 * {@code registry.government-bodies}: the full state after the change; schema:
 * {@code contracts/events/kz.civic.registry.government-body.updated.v1.json}.
 */
public record GovernmentBodyUpdatedEvent(UUID id, String bin, LocalizedText names, String shortName, String level,
        String kind, UUID parentId, String regionCode, long version) {

    public static final String TOPIC = GovernmentBodyCreatedEvent.TOPIC;
    public static final String TYPE = "kz.civic.registry.government-body.updated.v1";

    public static GovernmentBodyUpdatedEvent of(GovernmentBody b) {
        return new GovernmentBodyUpdatedEvent(b.id, b.bin, new LocalizedText(b.nameKk, b.nameRu, b.nameEn), b.shortName,
                b.level.name(), b.kind.name(), b.parentId, b.regionCode, b.version);
    }
}
