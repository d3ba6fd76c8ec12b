package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The grant contract of an award (one per award): period, amount (at most the award's) and a
 * tranche schedule summing to it. Every change (payment, report review, status) touches
 * {@code updatedAt}, so the version, and the ETag, move with it.
 */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    public UUID id;

    @Column(name = "award_id")
    public UUID awardId;

    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "ngo_id")
    public UUID ngoId;

    @Column(name = "amount_kzt")
    public BigDecimal amountKzt;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    public ContractStatus status;

    @Column(name = "termination_reason")
    public String terminationReason;

    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "signed_at")
    public OffsetDateTime signedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
