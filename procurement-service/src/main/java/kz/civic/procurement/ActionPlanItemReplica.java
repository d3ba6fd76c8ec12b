package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** procurement-service's record of an item of a forum action plan (what a call may finance), from forum events. */
@Entity
@Table(name = "action_plan_item_replica")
public class ActionPlanItemReplica extends Replica {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    /** The forum's item status (PLANNED, IN_PROGRESS, DONE, CANCELLED). */
    public String status;

    /** The recommendations the item answers. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recommendation_ids")
    public List<UUID> recommendationIds = new ArrayList<>();
}
