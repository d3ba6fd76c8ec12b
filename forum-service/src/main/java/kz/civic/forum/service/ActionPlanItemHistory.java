package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.ActionPlanItem;
import kz.civic.forum.ActionPlanItemStatus;
import kz.civic.forum.ActionPlanItemStatusChange;
import kz.civic.forum.repository.ActionPlanItemStatusChangeRepository;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Page;

/** Who moved an action-plan item to which status, when and why. */
@ApplicationScoped
@Transactional
public class ActionPlanItemHistory {

    private final ActionPlanItemStatusChangeRepository changes;
    private final Callers callers;

    public ActionPlanItemHistory(ActionPlanItemStatusChangeRepository changes, Callers callers) {
        this.changes = changes;
        this.callers = callers;
    }

    /** Records the change that brought {@code item} (flushed: its version is the new one) from {@code from}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ActionPlanItemStatusChange record(ActionPlanItem item, ActionPlanItemStatus from, String reason) {
        ActionPlanItemStatusChange change = new ActionPlanItemStatusChange();
        change.id = UUID.randomUUID();
        change.itemId = item.id;
        change.from = from;
        change.to = item.status;
        change.reason = reason;
        change.actor = callers.id();
        change.changedAt = item.updatedAt;
        change.itemVersion = item.version;
        changes.persist(change);
        return change;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActionPlanItemStatusChange> page(UUID itemId, String cursor, int limit) {
        List<String> after = Cursor.decode(cursor, 1);
        Long afterVersion = after == null ? null : Cursor.part(after.get(0), Long::valueOf);
        return Page.of(changes.history(itemId, afterVersion, limit + 1), limit, c -> List.of(Long.toString(c.itemVersion)));
    }
}
