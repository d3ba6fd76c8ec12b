package kz.civic.registry.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An NGO's membership in an association — another NGO of the register, e.g. the Civil Alliance of
 * Kazakhstan or one of its regional branches. Ended memberships keep their row ({@code validUntil}).
 */
@Entity
@Table(name = "ngo_membership")
public class NgoMembership {

    @Id
    public UUID id;

    @Column(name = "ngo_id")
    public UUID ngoId;

    @Column(name = "member_of_id")
    public UUID memberOfId;

    public LocalDate since;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
}
