package kz.civic.registry.event;

import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoStatusChange;

/**
 * Payload of {@code kz.civic.registry.ngo.status-changed.v1} on topic {@code registry.ngos}; schema
 * {@code contracts/events/kz.civic.registry.ngo.status-changed.v1.json}. Downstream eligibility
 * depends on it.
 */
public record NgoStatusChangedEvent(UUID ngoId, String bin, String from, String to, String reason, String legalBasis,
        OffsetDateTime changedAt, long version) {

    public static NgoStatusChangedEvent of(Ngo ngo, NgoStatusChange change) {
        return new NgoStatusChangedEvent(ngo.id, ngo.bin, change.from == null ? null : change.from.name(),
                change.to.name(), change.reason, change.legalBasis, change.changedAt, ngo.version);
    }
}
