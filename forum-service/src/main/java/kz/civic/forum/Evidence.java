package kz.civic.forum;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A piece of evidence that a recommendation was (partly) implemented: a document link, a funded award or the
 * approval of an award's final report.
 */
@Entity
@Table(name = "recommendation_evidence")
public class Evidence {

    @Id
    public UUID id;

    @Column(name = "recommendation_id")
    public UUID recommendationId;

    @Enumerated(EnumType.STRING)
    public EvidenceKind kind;

    /** The document (DOCUMENT). */
    public String url;

    /** The award in procurement-service (AWARD, AWARD_REPORT). */
    @Column(name = "award_id")
    public UUID awardId;

    /** The approved final report in procurement-service (AWARD_REPORT). */
    @Column(name = "report_id")
    public UUID reportId;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "description_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "description_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    public Multilingual description;

    /** The body that supplied it, when an agency did. */
    @Column(name = "government_body_id")
    public UUID governmentBodyId;

    /** Who recorded it: the caller's id, or {@code procurement-service} for evidence consumed from its events. */
    public String actor;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;
}
