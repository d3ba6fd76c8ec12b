package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Formula;

/** The decision to fund one application of a call with an amount. */
@Entity
@Table(name = "award")
public class Award {

    @Id
    public UUID id;

    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "ngo_id")
    public UUID ngoId;

    @Column(name = "amount_kzt")
    public BigDecimal amountKzt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** Its contract once signed (read-only; signing moves the award's version). */
    @Formula("(SELECT c.id FROM contract c WHERE c.award_id = id)")
    public UUID contractId;

    @Version
    public long version;
}
