package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Monitoring and quality assessment: an officer's note and optional quality score (1-5) on a contract or one of its reports. */
@Entity
@Table(name = "contract_assessment")
public class Assessment {

    @Id
    public UUID id;

    @Column(name = "contract_id")
    public UUID contractId;

    /** The report assessed, or null for the contract as a whole. */
    @Column(name = "report_id")
    public UUID reportId;

    public String note;

    @Column(name = "quality_score")
    public Integer qualityScore;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
