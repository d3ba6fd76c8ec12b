package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.platform.web.Etags;
import kz.civic.procurement.Call;
import kz.civic.procurement.CallStatus;
import kz.civic.procurement.CallStatusChange;
import kz.civic.procurement.FundingPlan;
import kz.civic.procurement.PlanStatus;
import kz.civic.procurement.event.CallAnnouncedEvent;
import kz.civic.procurement.repository.CallRepository;
import kz.civic.procurement.repository.CallStatusChangeRepository;
import kz.civic.procurement.repository.FundingPlanRepository;

/**
 * Moves calls along PLANNED → ANNOUNCED → OPEN → UNDER_REVIEW → AWARDED | FAILED → CLOSED, recording
 * who, when and why. Announcing needs an approved plan and publishes call.announced.
 */
@ApplicationScoped
@Transactional
public class CallLifecycleService {

    private final CallRepository calls;
    private final FundingPlanRepository plans;
    private final CallStatusChangeRepository history;
    private final OutboxWriter outbox;
    private final Caller caller;

    public CallLifecycleService(CallRepository calls, FundingPlanRepository plans, CallStatusChangeRepository history,
            OutboxWriter outbox, Caller caller) {
        this.calls = calls;
        this.plans = plans;
        this.history = history;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** @throws ApiException 428/412 If-Match, 409 illegal-transition (with allowed), 409 plan-not-approved */
    public Call change(UUID id, String ifMatch, CallStatus to, String reason) {
        Call c = calls.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("call", id));
        Etags.requireMatch(ifMatch, c.version);
        CallStatus from = c.status;
        if (!from.next().contains(to)) {
            throw ApiException.conflict("illegal-transition", from.next().isEmpty() ? from + " is terminal"
                    : from + " cannot move to " + to).with("allowed", from.next().stream().map(Enum::name).sorted().toList());
        }
        c.status = to;
        if (to == CallStatus.ANNOUNCED) {
            FundingPlan plan = plans.findByIdOptional(c.planId).orElseThrow();
            if (plan.status != PlanStatus.APPROVED) {
                throw ApiException.conflict("plan-not-approved", "plan " + plan.id + " must be approved before its calls "
                        + "are announced");
            }
            c.announcedAt = Times.now();
            outbox.append(CallAnnouncedEvent.TOPIC, CallAnnouncedEvent.TYPE, id.toString(),
                    CallAnnouncedEvent.of(c, plan, c.version + 1));
        }
        record(c, from, reason);
        calls.flush();
        return c;
    }

    /** Appends a step to the call's history. */
    void record(Call c, CallStatus from, String reason) {
        CallStatusChange change = new CallStatusChange();
        change.id = UUID.randomUUID();
        change.callId = c.id;
        change.fromStatus = from;
        change.toStatus = c.status;
        change.reason = reason;
        change.changedBy = caller.id();
        change.changedAt = Times.now();
        history.persist(change);
    }

    /** {@code limit + 1} steps of the call's history after the cursor, oldest first. @throws ApiException 404, 400 cursor */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CallStatusChange> history(UUID id, String cursor, int limit) {
        if (calls.findByIdOptional(id).isEmpty()) {
            throw ApiException.notFound("call", id);
        }
        return history.page(id, Pages.afterTime(cursor, UUID::fromString), limit + 1);
    }
}
