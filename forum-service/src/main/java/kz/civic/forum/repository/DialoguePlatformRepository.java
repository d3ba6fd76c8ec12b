package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.DialoguePlatform;

@ApplicationScoped
public class DialoguePlatformRepository implements PanacheRepositoryBase<DialoguePlatform, UUID> {

    /** Newest first, optionally of one edition and one regional forum. */
    public List<DialoguePlatform> list(UUID forumId, UUID regionalForumId, Keyset after, int limit) {
        return new KeysetQuery().where("forumId = :forumId", "forumId", forumId)
                .where("regionalForumId = :regionalForumId", "regionalForumId", regionalForumId).after(after)
                .list(this, limit);
    }
}
