package kz.civic.registry.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.civic.registry.Ngo;

/** Payload of {@code kz.civic.registry.ngo.membership-changed.v1}, with the member's current memberships after the change. */
public record MembershipChangedEvent(UUID ngoId, String bin, UUID memberOfId, Change change, LocalDate since,
        LocalDate until, List<Current> memberships, long version) {

    /** What happened. */
    public enum Change {
        JOINED, LEFT
    }

    /** A current membership. */
    public record Current(UUID memberOfId, LocalDate since) {
    }

    static MembershipChangedEvent of(Ngo ngo, NgoMembership m, Change change, List<NgoMembership> current) {
        return new MembershipChangedEvent(ngo.id, ngo.bin, m.memberOfId, change, m.since, m.validUntil,
                current.stream().map(c -> new Current(c.memberOfId, c.since)).toList(), ngo.version);
    }
}
