package kz.civic.registry.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.registry.rest.NgoRequest;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An application to register an NGO, reviewed by a registrar within 10 working days ({@link #dueDate}). */
@Entity
@Table(name = "registration_application")
public class RegistrationApplication {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    public String bin;

    /** The register entry applied for, as submitted. */
    @JdbcTypeCode(SqlTypes.JSON)
    public NgoRequest request;

    /** Subject of the applicant's token. */
    public String applicant;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    /** The NGO registered on approval. */
    @Column(name = "ngo_id")
    public UUID ngoId;

    @Version
    public long version;
}
