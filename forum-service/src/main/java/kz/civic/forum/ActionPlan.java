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
 * An action plan implementing a forum edition's recommendations, e.g. "Action Plan for implementation of the
 * recommendations of the XI Civil Forum for 2024-2025" (issue 4 item 4).
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan {

    @Id
    public UUID id;

    @Column(name = "forum_id")
    public UUID forumId;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "title_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    public Multilingual title;

    @Column(name = "period_start")
    public int periodStart;

    @Column(name = "period_end")
    public int periodEnd;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
