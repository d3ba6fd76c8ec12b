package kz.civic.forum;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One item of an action plan: what a responsible government body does by a deadline, for which recommendations,
 * measured by an indicator (unit, baseline, target, the latest measured value), with a weight in the roll-up.
 */
@Entity
@Table(name = "action_plan_item")
public class ActionPlanItem {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "title_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    public Multilingual title;

    /** The government body (registry id) that carries it out. */
    @Column(name = "responsible_body_id")
    public UUID responsibleBodyId;

    public LocalDate deadline;

    public BigDecimal weight;

    @Enumerated(EnumType.STRING)
    public ActionPlanItemStatus status;

    @Column(name = "indicator_unit")
    public String indicatorUnit;

    @Column(name = "indicator_baseline")
    public BigDecimal indicatorBaseline;

    @Column(name = "indicator_target")
    public BigDecimal indicatorTarget;

    /** The value of the latest measurement (by measurement date); null before the first. */
    @Column(name = "current_value")
    public BigDecimal currentValue;

    @Column(name = "current_measured_on")
    public LocalDate currentMeasuredOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_plan_item_recommendation", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "recommendation_id")
    public List<UUID> recommendationIds = new ArrayList<>();

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** Open and past its deadline. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && deadline.isBefore(today);
    }

    /** Progress from 0 to 1 ({@link Progress#ofItem}); null when cancelled. */
    public BigDecimal progress() {
        return Progress.ofItem(status, indicatorBaseline, indicatorTarget, currentValue);
    }
}
