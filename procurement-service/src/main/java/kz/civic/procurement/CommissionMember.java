package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A member of a call's evaluation commission; known by the token subject and the salted hash of the IIN. */
@Entity
@Table(name = "commission_member")
@IdClass(CommissionMember.Key.class)
public class CommissionMember {

    /** Composite key: one membership per call and member. */
    public record Key(UUID callId, String memberId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "call_id")
    public UUID callId;

    /** The {@code sub} of the member's commission-member token. */
    @Id
    @Column(name = "member_id")
    public String memberId;

    @Column(name = "iin_hash")
    public String iinHash;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;
}
