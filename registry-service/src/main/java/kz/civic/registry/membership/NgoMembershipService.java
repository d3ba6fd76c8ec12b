package kz.civic.registry.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Page;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoStatus;
import kz.civic.registry.event.NgoEvents;
import kz.civic.registry.reference.service.RegionService;
import kz.civic.registry.repository.NgoRepository;
import kz.civic.registry.service.NgoService;
import kz.civic.platform.time.Timestamps;

/**
 * Memberships of NGOs in associations. Joining and leaving change the member NGO (its version) and
 * publish {@code ngo.membership-changed.v1}; a membership that ended keeps its history.
 */
@ApplicationScoped
@Transactional
public class NgoMembershipService {

    private final NgoMembershipRepository memberships;
    private final NgoRepository ngos;
    private final OutboxWriter outbox;
    private final NgoService ngoService;

    public NgoMembershipService(NgoMembershipRepository memberships, NgoRepository ngos, OutboxWriter outbox,
            NgoService ngoService) {
        this.memberships = memberships;
        this.ngos = ngos;
        this.outbox = outbox;
        this.ngoService = ngoService;
    }

    /**
     * Records that {@code ngoId} joined {@code memberOfId} on {@code since}.
     *
     * @throws ApiException 409 {@code already-member} with the current membership's start; 422
     *                      {@code unknown-association}, {@code self-membership}, {@code ngo-liquidated},
     *                      {@code invalid-since}
     */
    public NgoMembership join(UUID ngoId, UUID memberOfId, LocalDate since) {
        Ngo ngo = ngoService.lockForChange(ngoId);
        if (ngoId.equals(memberOfId)) {
            throw ApiException.unprocessable("self-membership", "memberOfId", "an NGO cannot be a member of itself");
        }
        Ngo association = ngos.findByIdOptional(memberOfId).orElseThrow(() -> ApiException.unprocessable(
                "unknown-association", "memberOfId", "no NGO with id " + memberOfId + " in the register"));
        if (association.status == NgoStatus.LIQUIDATED) {
            throw ApiException.unprocessable("ngo-liquidated", "the association is liquidated");
        }
        if (since.isAfter(RegionService.today())) {
            throw ApiException.unprocessable("invalid-since", "since", "since may not be in the future");
        }
        memberships.current(ngoId, memberOfId).ifPresent(existing -> {
            throw ApiException.conflict("already-member", "the NGO is already a member since " + existing.since)
                    .with("since", existing.since.toString());
        });
        NgoMembership m = new NgoMembership();
        m.id = UUID.randomUUID();
        m.ngoId = ngoId;
        m.memberOfId = memberOfId;
        m.since = since;
        m.createdAt = Timestamps.now();
        memberships.persist(m);
        return publish(ngo, m, MembershipChangedEvent.Change.JOINED);
    }

    /** Ends the current membership on {@code until} (default today); 404 when there is none. */
    public NgoMembership leave(UUID ngoId, UUID memberOfId, LocalDate until) {
        Ngo ngo = ngoService.lockForChange(ngoId);
        NgoMembership m = memberships.current(ngoId, memberOfId)
                .orElseThrow(() -> ApiException.notFound("current membership in " + memberOfId + " of NGO", ngoId));
        LocalDate end = until == null ? RegionService.today() : until;
        if (end.isBefore(m.since) || end.isAfter(RegionService.today())) {
            throw ApiException.unprocessable("invalid-until", "until", "until must be between " + m.since + " and today");
        }
        m.validUntil = end;
        m.endedAt = Timestamps.now();
        return publish(ngo, m, MembershipChangedEvent.Change.LEFT);
    }

    /** A page of an NGO's memberships, oldest {@code since} first (keyset on since, id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NgoMembership> list(UUID ngoId, boolean includeEnded, String cursor, int limit) {
        if (ngos.findByIdOptional(ngoId).isEmpty()) {
            throw ApiException.notFound("NGO", ngoId);
        }
        List<String> after = Cursor.decode(cursor, 2);
        LocalDate afterSince = after == null ? null : Cursor.part(after.get(0), LocalDate::parse);
        UUID afterId = after == null ? null : Cursor.part(after.get(1), UUID::fromString);
        return Page.of(memberships.page(ngoId, includeEnded, afterSince, afterId, limit + 1), limit,
                m -> List.of(m.since.toString(), m.id.toString()));
    }

    private NgoMembership publish(Ngo ngo, NgoMembership m, MembershipChangedEvent.Change change) {
        ngo.updatedAt = Timestamps.now();
        ngos.flush();
        outbox.append(NgoEvents.TOPIC, NgoEvents.MEMBERSHIP_CHANGED, ngo.id.toString(),
                MembershipChangedEvent.of(ngo, m, change, memberships.ofNgo(ngo.id, false)));
        return m;
    }
}
