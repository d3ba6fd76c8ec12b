package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step in a contract's life: what happened, the contract's status after it, who, when and why. */
@Entity
@Table(name = "contract_history")
public class ContractHistoryEntry {

    public static final String SIGNED = "SIGNED";
    public static final String TRANCHE_PAID = "TRANCHE_PAID";
    public static final String REPORT_SUBMITTED = "REPORT_SUBMITTED";
    public static final String REPORT_APPROVED = "REPORT_APPROVED";
    public static final String REPORT_REJECTED = "REPORT_REJECTED";
    public static final String COMPLETED = "COMPLETED";
    public static final String TERMINATED = "TERMINATED";

    @Id
    public UUID id;

    /** Assigned by the database in insertion order; orders and pages the history. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "contract_id")
    public UUID contractId;

    public String action;

    @Enumerated(EnumType.STRING)
    public ContractStatus status;

    public String detail;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
