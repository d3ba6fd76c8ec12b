package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A commission member's recusal from one application (declared, or detected by IIN hash). */
@Entity
@Table(name = "recusal")
@IdClass(Recusal.Key.class)
public class Recusal {

    /** Composite key: one recusal per application and member. */
    public record Key(UUID applicationId, String memberId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Id
    @Column(name = "member_id")
    public String memberId;

    /** DECLARED or DETECTED. */
    public String source;

    public String reason;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
