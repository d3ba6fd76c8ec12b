package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One member's score (0-100) of one application on one criterion. */
@Entity
@Table(name = "score")
@IdClass(Score.Key.class)
public class Score {

    /** Composite key. */
    public record Key(UUID applicationId, String memberId, String criterion) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Id
    @Column(name = "member_id")
    public String memberId;

    @Id
    public String criterion;

    public int value;

    @Column(name = "scored_at")
    public OffsetDateTime scoredAt;
}
