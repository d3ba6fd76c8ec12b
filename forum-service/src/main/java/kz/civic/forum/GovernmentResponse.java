package kz.civic.forum;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An addressed government body's answer to a recommendation: its position and text (issue 4 item 3).
 * Answers are immutable; a body may answer again, and its first answer is the one measured against
 * the recommendation's response deadline.
 */
@Entity
@Table(name = "recommendation_response")
public class GovernmentResponse {

    @Id
    public UUID id;

    @Column(name = "recommendation_id")
    public UUID recommendationId;

    @Column(name = "government_body_id")
    public UUID governmentBodyId;

    @Enumerated(EnumType.STRING)
    public ResponsePosition position;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "text_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "text_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "text_en"))
    public Multilingual text;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;

    /** The recommendation's deadline when this answer came. */
    @Column(name = "response_due_date")
    public LocalDate responseDueDate;

    /** Answered on or before the due date (Asia/Almaty). */
    @Column(name = "on_time")
    public boolean onTime;

    /** The body's first answer to this recommendation. */
    @Column(name = "first_from_body")
    public boolean firstFromBody;

    /** {@code sub} of the token that recorded it. */
    public String actor;

    @Column(name = "request_id")
    public String requestId;

    /** The recommendation's version after the answer was recorded. */
    @Column(name = "recommendation_version")
    public long recommendationVersion;
}
