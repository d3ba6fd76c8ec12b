package kz.civic.forum;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An award granted to an NGO at a regional forum in a nomination (issue 4 item 6; domain-brief §8.2). */
@Entity
@Table(name = "forum_award")
public class ForumAward {

    /** A prize or a letter of thanks. */
    public enum Type { PRIZE, LETTER_OF_THANKS }

    @Id
    public UUID id;

    @Column(name = "regional_forum_id")
    public UUID regionalForumId;

    /** The edition of the regional forum. */
    @Column(name = "forum_id")
    public UUID forumId;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "nomination_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "nomination_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "nomination_en"))
    public Multilingual nomination;

    @Column(name = "ngo_id")
    public UUID ngoId;

    @Enumerated(EnumType.STRING)
    public Type type;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
