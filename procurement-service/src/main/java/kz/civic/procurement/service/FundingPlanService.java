package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.platform.web.Etags;
import kz.civic.procurement.FundingPlan;
import kz.civic.procurement.PlanStatus;
import kz.civic.procurement.event.FundingPlanApprovedEvent;
import kz.civic.procurement.repository.FundingPlanRepository;
import kz.civic.procurement.repository.GovernmentBodyReplicaRepository;
import kz.civic.procurement.rest.FundingPlanRequest;

/** Drafting and approving funding plans. The customer must be a government body the registry published. */
@ApplicationScoped
@Transactional
public class FundingPlanService {

    private final FundingPlanRepository plans;
    private final GovernmentBodyReplicaRepository bodies;
    private final OutboxWriter outbox;
    private final Caller caller;

    public FundingPlanService(FundingPlanRepository plans, GovernmentBodyReplicaRepository bodies, OutboxWriter outbox,
            Caller caller) {
        this.plans = plans;
        this.bodies = bodies;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** @throws ApiException 422 unknown-government-body */
    public FundingPlan create(FundingPlanRequest request) {
        if (bodies.findByIdOptional(request.customerId()).isEmpty()) {
            throw Violations.of("unknown-government-body", "customerId", "government body " + request.customerId()
                    + " is not in the register").with("governmentBodyId", request.customerId());
        }
        FundingPlan p = new FundingPlan();
        p.id = UUID.randomUUID();
        p.year = request.year();
        p.instrument = request.instrument();
        p.level = request.level();
        p.customerBodyId = request.customerId();
        p.regionCode = request.regionCode();
        p.budgetKzt = request.budget().amount();
        p.titleKk = request.title().kk();
        p.titleRu = request.title().ru();
        p.titleEn = request.title().en();
        p.status = PlanStatus.DRAFT;
        p.createdBy = caller.id();
        p.createdAt = Times.now();
        plans.persist(p);
        plans.flush();
        return p;
    }

    /**
     * Approves a draft; publishes funding-plan.approved.
     *
     * @throws ApiException 428/412 for a missing or stale If-Match, 409 already-approved
     */
    public FundingPlan approve(UUID id, String ifMatch) {
        FundingPlan p = get(id);
        Etags.requireMatch(ifMatch, p.version);
        if (p.status != PlanStatus.DRAFT) {
            throw ApiException.conflict("already-approved", "plan " + id + " was approved at " + p.approvedAt);
        }
        p.status = PlanStatus.APPROVED;
        p.approvedBy = caller.id();
        p.approvedAt = Times.now();
        outbox.append(FundingPlanApprovedEvent.TOPIC, FundingPlanApprovedEvent.TYPE, id.toString(),
                FundingPlanApprovedEvent.of(p, p.version + 1));
        plans.flush();
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FundingPlan get(UUID id) {
        return plans.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("funding plan", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundingPlan> page(String cursor, int limit) {
        return plans.page(Pages.after(cursor), limit + 1);
    }
}
