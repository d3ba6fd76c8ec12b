package kz.civic.procurement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A call (lot) within a funding plan: what is funded, where, how much, until when, and how bids are scored. */
@Entity
@Table(name = "funding_call")
public class Call {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "title_kk")
    public String titleKk;

    @Column(name = "title_ru")
    public String titleRu;

    @Column(name = "title_en")
    public String titleEn;

    /** Sphere codes the projects must work in; empty = any sphere. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> spheres = new ArrayList<>();

    /** ISO 3166-2:KZ region the applicant must be registered in; null = any region. */
    @Column(name = "region_code")
    public String regionCode;

    /** The call's budget: the sum of its awards may never exceed it. */
    @Column(name = "amount_kzt")
    public BigDecimal amountKzt;

    /** For state grants: the size band (SHORT_TERM, MEDIUM_TERM, LONG_TERM). */
    @Column(name = "grant_band")
    public String grantBand;

    @Column(name = "duration_months")
    public Integer durationMonths;

    @Column(name = "window_opens_on")
    public LocalDate windowOpensOn;

    @Column(name = "window_closes_on")
    public LocalDate windowClosesOn;

    /** Forum recommendations the call implements (golden thread). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recommendation_ids")
    public List<UUID> recommendationIds = new ArrayList<>();

    /** Items of a forum action plan the call finances (golden thread). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "action_plan_item_ids")
    public List<UUID> actionPlanItemIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funding_call_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    public List<Criterion> criteria = new ArrayList<>();

    /** The operator's compliance check is due by this day (working days after the window closes). */
    @Column(name = "compliance_due_on")
    public LocalDate complianceDueOn;

    /** The commission's evaluation is due by this day (working days after the compliance check). */
    @Column(name = "evaluation_due_on")
    public LocalDate evaluationDueOn;

    @Enumerated(EnumType.STRING)
    public CallStatus status;

    @Column(name = "announced_at")
    public OffsetDateTime announcedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
