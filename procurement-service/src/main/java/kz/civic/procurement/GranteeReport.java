package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A grantee's interim or final report on a contract, with result indicators, and its review. */
@Entity
@Table(name = "contract_report")
public class GranteeReport {

    @Id
    public UUID id;

    @Column(name = "contract_id")
    public UUID contractId;

    @Enumerated(EnumType.STRING)
    public ReportKind kind;

    /** For INTERIM reports: the tranche k it covers (tranche k + 1 is released once it is approved); null for FINAL. */
    public Integer tranche;

    public String narrative;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Indicator> indicators = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    /** Why it was rejected (required), or the reviewer's remark on approval. */
    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Version
    public long version;
}
