package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.ForumAward;

@ApplicationScoped
public class ForumAwardRepository implements PanacheRepositoryBase<ForumAward, UUID> {

    /** Newest first, of one regional forum or of one edition (one of them is set). */
    public List<ForumAward> list(UUID regionalForumId, UUID forumId, Keyset after, int limit) {
        return new KeysetQuery().where("regionalForumId = :regionalForumId", "regionalForumId", regionalForumId)
                .where("forumId = :forumId", "forumId", forumId).after(after).list(this, limit);
    }
}
