package kz.civic.registry.reference.event;

import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.reference.GovernmentBody;

/**
 * Payload of {@code kz.civic.registry.government-body.created.v1} on topic
 * {@code registry.government-bodies}; schema:
 * {@code contracts/events/kz.civic.registry.government-body.created.v1.json}.
 */
public record GovernmentBodyCreatedEvent(UUID id, String bin, LocalizedText names, String shortName, String level,
        String kind, UUID parentId, String regionCode, long version) {

    public static final String TOPIC = "registry.government-bodies";
    public static final String TYPE = "kz.civic.registry.government-body.created.v1";

    public static GovernmentBodyCreatedEvent of(GovernmentBody b) {
        return new GovernmentBodyCreatedEvent(b.id, b.bin, new LocalizedText(b.nameKk, b.nameRu, b.nameEn), b.shortName,
                b.level.name(), b.kind.name(), b.parentId, b.regionCode, b.version);
    }
}
