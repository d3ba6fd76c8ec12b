package kz.civic.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a recommendation's history; its creation is the first (from null to DRAFT). */
@Entity
@Table(name = "recommendation_status_change")
public class RecommendationStatusChange {

    @Id
    public UUID id;

    @Column(name = "recommendation_id")
    public UUID recommendationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public RecommendationStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public RecommendationStatus to;

    /** Why; the justification of a DECLINED. */
    public String reason;

    @Column(name = "merged_into_id")
    public UUID mergedIntoId;

    /** {@code sub} of the token that made the change. */
    public String actor;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    /** The recommendation's version after the change. */
    @Column(name = "recommendation_version")
    public long recommendationVersion;
}
