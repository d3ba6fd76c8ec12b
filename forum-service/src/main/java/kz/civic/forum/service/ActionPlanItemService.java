package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kz.civic.forum.ActionPlanItem;
import kz.civic.forum.ActionPlanItemStatus;
import kz.civic.forum.ActionPlanItemStatusChange;
import kz.civic.forum.IndicatorMeasurement;
import kz.civic.forum.event.ActionPlanItemCreatedEvent;
import kz.civic.forum.event.ActionPlanItemStatusChangedEvent;
import kz.civic.forum.repository.ActionPlanItemRepository;
import kz.civic.forum.repository.IndicatorMeasurementRepository;
import kz.civic.forum.repository.OldestFirst;
import kz.civic.forum.rest.ChangeItemStatusRequest;
import kz.civic.forum.rest.MeasurementRequest;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Page;

/**
 * Progress on an action-plan item: status transitions and indicator measurements. The secretariat may act on any
 * item; an agency only on items its government body is responsible for (403 otherwise).
 */
@ApplicationScoped
@Transactional
public class ActionPlanItemService {

    private final ActionPlanItemRepository items;
    private final IndicatorMeasurementRepository measurements;
    private final ActionPlanItemHistory history;
    private final OutboxWriter outbox;
    private final Callers callers;

    public ActionPlanItemService(ActionPlanItemRepository items, IndicatorMeasurementRepository measurements,
            ActionPlanItemHistory history, OutboxWriter outbox, Callers callers) {
        this.items = items;
        this.measurements = measurements;
        this.history = history;
        this.outbox = outbox;
        this.callers = callers;
    }

    /**
     * @throws ApiException 404; 403 {@code not-responsible}; 428/412; 409 {@code illegal-transition} with the allowed
     *                      targets
     */
    public ActionPlanItem changeStatus(UUID planId, UUID itemId, String ifMatch, ChangeItemStatusRequest request) {
        ActionPlanItem item = find(planId, itemId, false);
        requireResponsible(item);
        Etags.requireMatch(ifMatch, item.version);
        ActionPlanItemStatus from = item.status;
        if (!from.canChangeTo(request.to())) {
            throw ApiException.conflict("illegal-transition", from.allowedTargets().isEmpty() ? from + " is terminal"
                    : from + " cannot change to " + request.to())
                    .with("allowed", from.allowedTargets().stream().map(Enum::name).sorted().toList());
        }
        item.status = request.to();
        item.updatedAt = Timestamps.now();
        items.flush();
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        ActionPlanItemStatusChange change = history.record(item, from, reason);
        outbox.append(ActionPlanItemCreatedEvent.TOPIC, ActionPlanItemStatusChangedEvent.TYPE, item.id.toString(),
                ActionPlanItemStatusChangedEvent.of(item, change));
        return item;
    }

    /**
     * Records a measured indicator value; the latest by date becomes the item's current value (its version moves).
     * Work that has not started has no progress to measure: a PLANNED item takes no measurement (its baseline is
     * part of the item).
     *
     * @throws ApiException 404; 403 {@code not-responsible}; 409 {@code item-not-started}, {@code item-cancelled} (the
     *                      item's state, as for other state conflicts); 422 {@code measured-in-future}
     */
    public IndicatorMeasurement measure(UUID planId, UUID itemId, MeasurementRequest request) {
        ActionPlanItem item = find(planId, itemId, true);
        requireResponsible(item);
        if (item.status == ActionPlanItemStatus.CANCELLED) {
            throw ApiException.conflict("item-cancelled", "a CANCELLED item is not measured any more");
        }
        if (item.status == ActionPlanItemStatus.PLANNED) {
            throw ApiException.conflict("item-not-started", "a PLANNED item is measured once it is IN_PROGRESS "
                    + "(POST .../status-changes)").with("currentStatus", item.status.name());
        }
        if (request.measuredOn().isAfter(Timestamps.today())) {
            throw Violations.of("measured-in-future", "measuredOn", "a value cannot be measured on a future date");
        }
        IndicatorMeasurement m = new IndicatorMeasurement();
        m.id = UUID.randomUUID();
        m.itemId = item.id;
        m.value = request.value();
        m.measuredOn = request.measuredOn();
        m.actor = callers.id();
        m.recordedAt = Timestamps.now();
        measurements.persist(m);
        if (item.currentMeasuredOn == null || !m.measuredOn.isBefore(item.currentMeasuredOn)) {
            item.currentValue = m.value;
            item.currentMeasuredOn = m.measuredOn;
        }
        item.updatedAt = m.recordedAt;
        return m;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IndicatorMeasurement> measurements(UUID planId, UUID itemId, String cursor, int limit) {
        find(planId, itemId, false);
        return Page.of(measurements.page(itemId, OldestFirst.After.decode(cursor), limit + 1), limit,
                m -> OldestFirst.After.key(m.recordedAt, m.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActionPlanItemStatusChange> history(UUID planId, UUID itemId, String cursor, int limit) {
        find(planId, itemId, false);
        return history.page(itemId, cursor, limit);
    }

    private ActionPlanItem find(UUID planId, UUID itemId, boolean lock) {
        return (lock ? items.findForUpdate(itemId) : items.findByIdOptional(itemId)).filter(i -> i.planId.equals(planId))
                .orElseThrow(() -> ApiException.notFound("action plan item", itemId));
    }

    private void requireResponsible(ActionPlanItem item) {
        if (!callers.isStaff() && !callers.agencyId().equals(item.responsibleBodyId)) {
            throw Callers.forbidden("not-responsible", "action plan item " + item.id + " belongs to government body "
                    + item.responsibleBodyId + ", not to this agency");
        }
    }
}
