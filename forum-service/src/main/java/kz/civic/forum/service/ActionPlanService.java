package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.civic.forum.ActionPlan;
import kz.civic.forum.ActionPlanItem;
import kz.civic.forum.ActionPlanItemStatus;
import kz.civic.forum.Multilingual;
import kz.civic.forum.Progress;
import kz.civic.forum.Recommendation;
import kz.civic.forum.event.ActionPlanItemCreatedEvent;
import kz.civic.forum.repository.ActionPlanItemRepository;
import kz.civic.forum.repository.ActionPlanRepository;
import kz.civic.forum.repository.GovernmentBodyReplicaRepository;
import kz.civic.forum.repository.Keyset;
import kz.civic.forum.repository.RecommendationRepository;
import kz.civic.forum.rest.ActionPlanItemRequest;
import kz.civic.forum.rest.ActionPlanRequest;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Page;

/** Action plans and their items (issue 4 item 4): creation with reference checks, reads with the progress roll-up. */
@ApplicationScoped
@Transactional
public class ActionPlanService {

    private final ActionPlanRepository plans;
    private final ActionPlanItemRepository items;
    private final RecommendationRepository recommendations;
    private final GovernmentBodyReplicaRepository bodies;
    private final SourceLookup sources;
    private final ActionPlanItemHistory history;
    private final OutboxWriter outbox;

    public ActionPlanService(ActionPlanRepository plans, ActionPlanItemRepository items,
            RecommendationRepository recommendations, GovernmentBodyReplicaRepository bodies, SourceLookup sources,
            ActionPlanItemHistory history, OutboxWriter outbox) {
        this.plans = plans;
        this.items = items;
        this.recommendations = recommendations;
        this.bodies = bodies;
        this.sources = sources;
        this.history = history;
        this.outbox = outbox;
    }

    /** @throws ApiException 422 {@code unknown-forum} */
    public ActionPlan create(ActionPlanRequest request) {
        sources.forum(request.forumId(), "forumId");
        ActionPlan plan = new ActionPlan();
        plan.id = UUID.randomUUID();
        plan.forumId = request.forumId();
        plan.title = Multilingual.of(request.title());
        plan.periodStart = request.periodStart();
        plan.periodEnd = request.periodEnd();
        plan.createdAt = Timestamps.now();
        plans.persist(plan);
        plans.flush();
        return plan;
    }

    /**
     * Adds a PLANNED item; its creation is the first history entry and publishes the created event.
     *
     * @throws ApiException 404 for the plan; 422 {@code unknown-government-body} for the responsible body,
     *                      {@code unknown-recommendation} / {@code recommendation-not-accepted} for a linked
     *                      recommendation that does not exist or is not ACCEPTED or later
     */
    public ActionPlanItem addItem(UUID planId, ActionPlanItemRequest request) {
        ActionPlan plan = plan(planId);
        if (bodies.findByIdOptional(request.responsibleBodyId()).isEmpty()) {
            throw Violations.of("unknown-government-body", "responsibleBodyId", "government body "
                    + request.responsibleBodyId() + " is not in the register").with("governmentBodyId", request.responsibleBodyId());
        }
        List<UUID> linked = request.recommendationIds() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(request.recommendationIds()));
        checkRecommendations(linked);
        ActionPlanItem item = new ActionPlanItem();
        item.id = UUID.randomUUID();
        item.planId = plan.id;
        item.title = Multilingual.of(request.title());
        item.responsibleBodyId = request.responsibleBodyId();
        item.deadline = request.deadline();
        item.weight = request.weight() == null ? BigDecimal.ONE : request.weight();
        item.status = ActionPlanItemStatus.PLANNED;
        item.indicatorUnit = request.indicator().unit().strip();
        item.indicatorBaseline = request.indicator().baseline();
        item.indicatorTarget = request.indicator().target();
        item.recommendationIds = linked;
        item.createdAt = Timestamps.now();
        item.updatedAt = item.createdAt;
        items.persist(item);
        items.flush();
        history.record(item, null, null);
        outbox.append(ActionPlanItemCreatedEvent.TOPIC, ActionPlanItemCreatedEvent.TYPE, item.id.toString(),
                ActionPlanItemCreatedEvent.of(item, plan.forumId));
        return item;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionPlan plan(UUID id) {
        return plans.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("action plan", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActionPlan> list(UUID forumId, String cursor, int limit) {
        return Page.of(plans.list(forumId, Keyset.decode(cursor), limit + 1), limit, p -> Keyset.of(p.createdAt, p.id));
    }

    /** The item of the plan. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionPlanItem item(UUID planId, UUID itemId) {
        return items.findByIdOptional(itemId).filter(i -> i.planId.equals(planId))
                .orElseThrow(() -> ApiException.notFound("action plan item", itemId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActionPlanItem> items(UUID planId, String cursor, int limit) {
        plan(planId);
        return Page.of(items.list(planId, Keyset.decode(cursor), limit + 1), limit, i -> Keyset.of(i.createdAt, i.id));
    }

    /** Each plan's progress (fraction 0–1, null without live items): the weighted mean of its items'. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, BigDecimal> progress(List<ActionPlan> of) {
        Map<UUID, List<Progress.Weighted>> byPlan = items.ofPlans(of.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(i -> i.planId,
                        Collectors.mapping(i -> new Progress.Weighted(i.weight, i.progress()), Collectors.toList())));
        Map<UUID, BigDecimal> progress = new HashMap<>();
        of.forEach(p -> progress.put(p.id, Progress.weightedMean(byPlan.getOrDefault(p.id, List.of()))));
        return progress;
    }

    private void checkRecommendations(List<UUID> ids) {
        Map<UUID, Recommendation> known = ids.isEmpty() ? Map.of()
                : recommendations.list("id in ?1", ids).stream().collect(Collectors.toMap(r -> r.id, r -> r));
        for (int i = 0; i < ids.size(); i++) {
            String field = "recommendationIds[" + i + "]";
            Recommendation r = known.get(ids.get(i));
            if (r == null) {
                throw Violations.of("unknown-recommendation", field, "recommendation " + ids.get(i) + " does not exist")
                        .with("recommendationId", ids.get(i));
            }
            if (!r.status.isInImplementation()) {
                throw Violations.of("recommendation-not-accepted", field, "recommendation " + r.id + " is " + r.status
                        + "; only an ACCEPTED one or later goes into an action plan").with("recommendationId", r.id);
            }
        }
    }
}
