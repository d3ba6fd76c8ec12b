package kz.civic.forum;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A dialogue platform (discussion track) of a forum edition or of one of its regional forums,
 * e.g. "Development of international cooperation for solving social issues" in Kostanay.
 */
@Entity
@Table(name = "dialogue_platform")
public class DialoguePlatform {

    @Id
    public UUID id;

    /** The edition; for a platform of a regional forum, that forum's edition. */
    @Column(name = "forum_id")
    public UUID forumId;

    /** Null for a platform of the republican forum. */
    @Column(name = "regional_forum_id")
    public UUID regionalForumId;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "title_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    public Multilingual title;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "topic_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "topic_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "topic_en"))
    public Multilingual topic;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
