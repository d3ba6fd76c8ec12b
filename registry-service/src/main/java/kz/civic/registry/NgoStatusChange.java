package kz.civic.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of an NGO's status history (the registration itself is the first, from null). */
@Entity
@Table(name = "ngo_status_change")
public class NgoStatusChange {

    @Id
    public UUID id;

    @Column(name = "ngo_id")
    public UUID ngoId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public NgoStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public NgoStatus to;

    public String reason;

    @Column(name = "legal_basis")
    public String legalBasis;

    /** {@code sub} of the token that made the change. */
    public String actor;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    /** The NGO's version after the change. */
    @Column(name = "ngo_version")
    public long ngoVersion;
}
