package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.platform.time.WorkingCalendar;
import kz.civic.procurement.Call;
import kz.civic.procurement.CallStatus;
import kz.civic.procurement.Criterion;
import kz.civic.procurement.FundingPlan;
import kz.civic.procurement.GrantBand;
import kz.civic.procurement.Instrument;
import kz.civic.procurement.config.ProcurementConfig;
import kz.civic.procurement.repository.ActionPlanItemReplicaRepository;
import kz.civic.procurement.repository.CallRepository;
import kz.civic.procurement.repository.FundingPlanRepository;
import kz.civic.procurement.repository.RecommendationReplicaRepository;
import kz.civic.procurement.rest.CallRequest;
import kz.civic.procurement.rest.CallRequest.CriterionRequest;

/**
 * Creating calls within a plan. Every rule broken is a 422 naming the field: the plan exists, the
 * plan's budget covers its calls (checked with the plan row locked, so concurrent creations cannot
 * overshoot it together), criteria weights sum to 100, codes are unique, the recommendations are
 * known from forum events, and a state-grant call names a band its duration fits, can afford at
 * least one grant of the band and has a 20-30 day window.
 */
@ApplicationScoped
@Transactional
public class CallService {

    /** Forum statuses after which a recommendation has nothing left to implement. */
    private static final Set<String> CLOSED_RECOMMENDATION = Set.of("IMPLEMENTED", "DECLINED", "MERGED");

    private final CallRepository calls;
    private final FundingPlanRepository plans;
    private final RecommendationReplicaRepository recommendations;
    private final ActionPlanItemReplicaRepository actionPlanItems;
    private final ReferenceDataService reference;
    private final CallLifecycleService lifecycle;
    private final ProcurementConfig config;
    private final Caller caller;
    private final WorkingCalendar calendar;

    public CallService(CallRepository calls, FundingPlanRepository plans, RecommendationReplicaRepository recommendations,
            ActionPlanItemReplicaRepository actionPlanItems,
            ReferenceDataService reference, CallLifecycleService lifecycle, ProcurementConfig config, Caller caller,
            WorkingCalendar calendar) {
        this.calls = calls;
        this.plans = plans;
        this.recommendations = recommendations;
        this.actionPlanItems = actionPlanItems;
        this.reference = reference;
        this.lifecycle = lifecycle;
        this.config = config;
        this.caller = caller;
        this.calendar = calendar;
    }

    public Call create(CallRequest request) {
        FundingPlan plan = plans.findForUpdate(request.planId()).orElseThrow(() -> Violations.of("unknown-funding-plan",
                "planId", "funding plan " + request.planId() + " does not exist"));
        checkCriteria(request.criteria());
        requireKnown(request.recommendations(), ids -> recommendations.list("id in ?1", ids).stream().map(r -> r.id),
                "unknown-recommendation", "recommendationIds", "recommendation", "recommendationId");
        requireOpen(request.recommendations());
        requireKnown(request.actionPlanItems(), ids -> actionPlanItems.list("id in ?1", ids).stream().map(r -> r.id),
                "unknown-action-plan-item", "actionPlanItemIds", "action-plan item", "actionPlanItemId");
        String region = checkRegion(plan, request.regionCode());
        if (plan.instrument == Instrument.STATE_GRANT) {
            checkGrant(plan, request);
        } else if (request.grantBand() != null) {
            throw Violations.of("grant-band-not-expected", "grantBand", "only STATE_GRANT calls have a grant band");
        }
        BigDecimal committed = calls.committed(plan.id);
        if (committed.add(request.amount().amount()).compareTo(plan.budgetKzt) > 0) {
            throw Violations.of("plan-budget-exceeded", "amount.amount", "the plan's calls would total "
                    + committed.add(request.amount().amount()) + " KZT, over its budget of " + plan.budgetKzt + " KZT")
                    .with("planBudget", plan.budgetKzt).with("committed", committed);
        }
        Call c = new Call();
        c.id = UUID.randomUUID();
        c.planId = plan.id;
        c.titleKk = request.title().kk();
        c.titleRu = request.title().ru();
        c.titleEn = request.title().en();
        c.spheres.addAll(request.sphereCodes());
        c.regionCode = region;
        c.amountKzt = request.amount().amount();
        c.grantBand = request.grantBand();
        c.durationMonths = request.durationMonths();
        c.windowOpensOn = request.applicationWindow().opensOn();
        c.windowClosesOn = request.applicationWindow().closesOn();
        c.complianceDueOn = calendar.addWorkingDays(c.windowClosesOn, config.complianceCheckWorkingDays());
        c.evaluationDueOn = calendar.addWorkingDays(c.complianceDueOn, config.evaluationWorkingDays());
        c.recommendationIds.addAll(request.recommendations());
        c.actionPlanItemIds.addAll(request.actionPlanItems());
        for (CriterionRequest cr : request.criteria()) {
            c.criteria.add(new Criterion(cr.code(), cr.name().kk(), cr.name().ru(), cr.name().en(), cr.weight()));
        }
        c.status = CallStatus.PLANNED;
        c.createdBy = caller.id();
        c.createdAt = Times.now();
        calls.persist(c);
        lifecycle.record(c, null, "created");
        calls.flush();
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Call get(UUID id) {
        return calls.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("call", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Call> page(UUID planId, CallStatus status, UUID recommendationId, UUID actionPlanItemId, String cursor,
            int limit) {
        return calls.page(planId, status, recommendationId, actionPlanItemId, Pages.after(cursor), limit + 1);
    }

    private static void checkCriteria(List<CriterionRequest> criteria) {
        int total = criteria.stream().mapToInt(CriterionRequest::weight).sum();
        if (total != 100) {
            throw Violations.of("criteria-weights", "criteria", "criteria weights sum to " + total + ", not 100")
                    .with("weightTotal", total);
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            if (!codes.add(criteria.get(i).code())) {
                throw Violations.of("duplicate-criterion", "criteria[" + i + "].code", "criterion code "
                        + criteria.get(i).code() + " is used twice");
            }
        }
    }

    /** 422 {@code slug} naming the first id forum's events never announced (the replica found by {@code lookup}). */
    private static void requireKnown(List<UUID> ids, Function<List<UUID>, Stream<UUID>> lookup, String slug,
            String field, String what, String idName) {
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> known = lookup.apply(ids).collect(Collectors.toSet());
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                throw Violations.of(slug, field + "[" + i + "]", what + " " + ids.get(i)
                        + " is not known from forum events").with(idName, ids.get(i));
            }
        }
    }

    /**
     * 422 recommendation-closed naming the first recommendation forum's events say is IMPLEMENTED, DECLINED or MERGED:
     * there is nothing left for a call to implement (a merged one lives on in the recommendation that absorbed it).
     */
    private void requireOpen(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Map<UUID, String> statuses = recommendations.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(r -> r.id, r -> r.status));
        for (int i = 0; i < ids.size(); i++) {
            String status = statuses.get(ids.get(i));
            if (CLOSED_RECOMMENDATION.contains(status)) {
                throw Violations.of("recommendation-closed", "recommendationIds[" + i + "]", "recommendation " + ids.get(i)
                        + " is " + status + "; a call may implement only a recommendation still open")
                        .with("recommendationId", ids.get(i)).with("recommendationStatus", status);
            }
        }
    }

    /** A plan with a region confines its calls to it; the call inherits it when it names none. */
    private static String checkRegion(FundingPlan plan, String requested) {
        if (plan.regionCode == null) {
            return requested;
        }
        if (requested != null && !requested.equals(plan.regionCode)) {
            throw Violations.of("region-outside-plan", "regionCode", "the plan is for " + plan.regionCode + ", not "
                    + requested);
        }
        return plan.regionCode;
    }

    private void checkGrant(FundingPlan plan, CallRequest request) {
        if (request.grantBand() == null) {
            throw Violations.of("grant-band-required", "grantBand", "a STATE_GRANT call names its grant band");
        }
        GrantBand band = reference.band(request.grantBand(), "grantBand");
        if (request.durationMonths() == null || !band.fitsDuration(request.durationMonths())) {
            throw Violations.of("duration-outside-band", "durationMonths", band.code + " grants last " + band.minMonths
                    + "-" + band.maxMonths + " months");
        }
        BigDecimal mci = reference.mci(plan.year, "planId").amountKzt;
        BigDecimal smallestGrant = band.minKzt(mci);
        if (request.amount().amount().compareTo(smallestGrant) < 0) {
            throw Violations.of("amount-below-band", "amount.amount", "the call cannot fund one " + band.code
                    + " grant (at least " + smallestGrant + " KZT in " + plan.year + ")");
        }
        // both dates count
        long days = ChronoUnit.DAYS.between(request.applicationWindow().opensOn(), request.applicationWindow().closesOn()) + 1;
        if (days < config.grantWindowMinDays() || days > config.grantWindowMaxDays()) {
            throw Violations.of("application-window", "applicationWindow", "a grant call's application window is "
                    + config.grantWindowMinDays() + "-" + config.grantWindowMaxDays() + " days, not " + days);
        }
    }
}
