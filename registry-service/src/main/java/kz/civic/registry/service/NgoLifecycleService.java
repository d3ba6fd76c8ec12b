package kz.civic.registry.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Page;
import kz.civic.platform.web.RequestIds;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoStatus;
import kz.civic.registry.NgoStatusChange;
import kz.civic.registry.event.NgoEvents;
import kz.civic.registry.event.NgoStatusChangedEvent;
import kz.civic.registry.repository.NgoRepository;
import kz.civic.registry.repository.NgoStatusChangeRepository;
import kz.civic.platform.time.Timestamps;

/**
 * The NGO status lifecycle: validated transitions, the history of who changed what, when and why,
 * and the status-changed event, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class NgoLifecycleService {

    private final NgoRepository ngos;
    private final NgoStatusChangeRepository changes;
    private final OutboxWriter outbox;
    private final SecurityIdentity identity;

    public NgoLifecycleService(NgoRepository ngos, NgoStatusChangeRepository changes, OutboxWriter outbox,
            SecurityIdentity identity) {
        this.ngos = ngos;
        this.changes = changes;
        this.outbox = outbox;
        this.identity = identity;
    }

    /**
     * Moves the NGO to {@code target}.
     *
     * @throws ApiException 428/412 for a missing or stale If-Match, 409 {@code illegal-transition}
     *                      with the allowed targets
     */
    public Ngo changeStatus(UUID id, String ifMatch, NgoStatus target, String reason, String legalBasis) {
        Ngo ngo = ngos.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("NGO", id));
        Etags.requireMatch(ifMatch, ngo.version);
        NgoStatus from = ngo.status;
        if (!from.canChangeTo(target)) {
            throw ApiException.conflict("illegal-transition", from.isTerminal() ? from + " is terminal"
                    : from + " cannot change to " + target)
                    .with("allowed", from.allowedTargets().stream().map(Enum::name).sorted().toList());
        }
        ngo.status = target;
        ngos.flush();
        NgoStatusChange change = record(ngo, from, reason, legalBasis);
        outbox.append(NgoEvents.TOPIC, NgoEvents.STATUS_CHANGED, ngo.id.toString(),
                NgoStatusChangedEvent.of(ngo, change));
        return ngo;
    }

    /** Records the registration as the first history entry (no previous status). */
    void recordRegistration(Ngo ngo) {
        record(ngo, null, "registered", null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NgoStatusChange> history(UUID id, String cursor, int limit) {
        if (ngos.findByIdOptional(id).isEmpty()) {
            throw ApiException.notFound("NGO", id);
        }
        List<String> after = Cursor.decode(cursor, 1);
        Long afterVersion = after == null ? null : Cursor.part(after.get(0), Long::valueOf);
        return Page.of(changes.history(id, afterVersion, limit + 1), limit, c -> List.of(Long.toString(c.ngoVersion)));
    }

    private NgoStatusChange record(Ngo ngo, NgoStatus from, String reason, String legalBasis) {
        NgoStatusChange change = new NgoStatusChange();
        change.id = UUID.randomUUID();
        change.ngoId = ngo.id;
        change.from = from;
        change.to = ngo.status;
        change.reason = reason;
        change.legalBasis = legalBasis;
        change.actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        change.requestId = RequestIds.current();
        change.changedAt = Timestamps.now();
        change.ngoVersion = ngo.version;
        changes.persist(change);
        return change;
    }
}
