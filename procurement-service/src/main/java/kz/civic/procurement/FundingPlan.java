package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A year's funding plan of one customer (a government body) for one instrument and level. */
@Entity
@Table(name = "funding_plan")
public class FundingPlan {

    @Id
    public UUID id;

    public int year;

    @Enumerated(EnumType.STRING)
    public Instrument instrument;

    @Enumerated(EnumType.STRING)
    public PlanLevel level;

    /** The registry government body that orders and pays (from the government-body replica). */
    @Column(name = "customer_body_id")
    public UUID customerBodyId;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "budget_kzt")
    public BigDecimal budgetKzt;

    @Column(name = "title_kk")
    public String titleKk;

    @Column(name = "title_ru")
    public String titleRu;

    @Column(name = "title_en")
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Version
    public long version;
}
