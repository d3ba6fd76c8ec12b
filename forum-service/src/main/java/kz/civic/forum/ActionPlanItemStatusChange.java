package kz.civic.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of an action-plan item's history; its creation is the first (from null to PLANNED). */
@Entity
@Table(name = "action_plan_item_status_change")
public class ActionPlanItemStatusChange {

    @Id
    public UUID id;

    @Column(name = "item_id")
    public UUID itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ActionPlanItemStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ActionPlanItemStatus to;

    public String reason;

    public String actor;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @Column(name = "item_version")
    public long itemVersion;
}
