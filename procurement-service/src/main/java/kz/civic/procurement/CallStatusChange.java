package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a call's lifecycle: who moved it, when and why. */
@Entity
@Table(name = "funding_call_status_change")
public class CallStatusChange {

    @Id
    public UUID id;

    @Column(name = "call_id")
    public UUID callId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CallStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CallStatus toStatus;

    public String reason;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
