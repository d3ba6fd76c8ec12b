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
 * Civil society's own view of how far a recommendation was implemented, next to the government's (issue 4
 * item 5): by the forum secretariat on behalf of the Civil Alliance, or by an author NGO. The latest one of
 * each assessor counts.
 */
@Entity
@Table(name = "civil_society_assessment")
public class CivilSocietyAssessment {

    /** Who assessed. */
    public enum Assessor { CIVIL_ALLIANCE, AUTHOR_NGO }

    @Id
    public UUID id;

    @Column(name = "recommendation_id")
    public UUID recommendationId;

    @Enumerated(EnumType.STRING)
    public Assessor assessor;

    /** The author NGO (AUTHOR_NGO). */
    @Column(name = "ngo_id")
    public UUID ngoId;

    @Enumerated(EnumType.STRING)
    public ImplementationRating rating;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "comment_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "comment_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "comment_en"))
    public Multilingual comment;

    public String actor;

    @Column(name = "assessed_at")
    public OffsetDateTime assessedAt;
}
